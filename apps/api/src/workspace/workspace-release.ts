import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Injectable } from '@nestjs/common';
import {
  buildReleaseBundle,
  checkCurriculum,
  exportXliff,
  loadCurriculum,
  releaseContentHash,
  translationStatus,
  type CheckResult,
  type Problem,
  type ReleaseBundle,
} from '@academy/curriculum';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode, conflict } from '../common/errors.js';
import { importReleaseBundle, ReleaseService } from '../curriculum/index.js';
import { CurriculumFolder } from './curriculum-folder.js';
import { WorkspaceDraft, type DraftFiles } from './workspace-draft.js';

/** `extensions.reason` of a BAD_USER_INPUT publish: the validator found errors (`problems`). */
export const EDITION_INVALID = 'EDITION_INVALID';

export interface PublishCheck {
  problems: Problem[];
  /** Translation files the release would take from the workspace, per locale. */
  files: { locale: string; path: string; reviewed: boolean }[];
  incomplete: string[];
  version: string;
  /** The release that already holds exactly this content, if any (publishing changes nothing). */
  unchangedReleaseId: string | null;
}

export interface PublishOutcome {
  status: 'published' | 'unchanged';
  releaseId: string;
  version: string;
  contentHash: string;
}

interface Draft {
  root: string;
  drafts: Map<string, DraftFiles>;
  signature: string;
}

/**
 * An edition as the workspace would release it: the curriculum folder the academy runs, with the
 * workspace's translation files written into the edition's folder (a temporary copy; the folder
 * itself never changes at run time). Validated by the CLI's validator and bundled and imported by
 * the same machinery as `npm run curriculum -- release`, so a published release is what the CLI
 * would import from the exported files: same content hash.
 */
@Injectable()
export class WorkspaceRelease {
  /** The last preview bundle per edition, under the signature of the draft it was built from. */
  private readonly previews = new Map<string, { signature: string; bundle: ReleaseBundle }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly folder: CurriculumFolder,
    private readonly draft: WorkspaceDraft,
    private readonly releases: ReleaseService,
  ) {}

  async check(edition: string): Promise<PublishCheck> {
    return this.withDraft(edition, async (d) => {
      const { model, errors } = checkCurriculum(d.root, { edition });
      const files = [...d.drafts].flatMap(([locale, draft]) =>
        [...draft.files.keys()].map((path) => ({
          locale,
          path,
          reviewed: draft.reviewed.includes(path),
        })),
      );
      const incomplete = [...d.drafts.values()].flatMap((x) => x.incomplete);
      if (errors.length)
        return { problems: errors, files, incomplete, version: '', unchangedReleaseId: null };
      // The release's identity without rendering every text (the bundle is built on publish).
      const hash = releaseContentHash(model);
      const same = await this.sameContent(edition, hash);
      return {
        problems: [],
        files,
        incomplete,
        version: same?.version ?? (await this.nextVersion(edition, model.manifest!.data.version)),
        unchangedReleaseId: same?.id ?? null,
      };
    });
  }

  /**
   * Validates and imports the edition as a new immutable release `<core version>+<edition>.<n>`
   * (SemVer build metadata: the same core version, a later build of the edition, so new cohorts
   * get it while cohorts pinned to older releases keep theirs).
   */
  async publish(edition: string): Promise<PublishOutcome> {
    return this.withDraft(edition, async (d) => {
      const { model, errors } = checkCurriculum(d.root, { edition });
      if (errors.length)
        throw new AppError(
          ErrorCode.BadUserInput,
          `The edition does not validate: ${errors.length} error(s). Fix them, then publish again.`,
          {
            reason: EDITION_INVALID,
            fields: errors.map((p) => ({ field: `${p.file}:${p.line}`, message: p.message })),
            problems: errors.map(({ file, line, message }) => ({ file, line, message })),
          },
        );
      const bundle = buildReleaseBundle(model);
      const same = await this.sameContent(edition, bundle.manifest.contentHash);
      if (same)
        return {
          status: 'unchanged' as const,
          releaseId: same.id,
          version: same.version,
          contentHash: same.contentHash,
        };
      const version = await this.nextVersion(edition, bundle.manifest.version);
      const outcome = await importReleaseBundle(
        this.dataSource,
        { ...bundle, manifest: { ...bundle.manifest, version } },
        translationStatus(model),
      ).catch((error: unknown) => {
        // Two editors publishing at once computed the same number: the unique key let one in.
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505')
          throw conflict('Another editor published this edition just now. Check again.');
        throw error;
      });
      this.releases.forgetCurrent(edition);
      return {
        status: 'published' as const,
        releaseId: outcome.releaseId,
        version,
        contentHash: bundle.manifest.contentHash,
      };
    });
  }

  /** XLIFF 2.0 of the edition in one locale, with the workspace's complete files as targets. */
  async xliff(edition: string, locale: string): Promise<string> {
    this.folder.files(edition, locale); // NOT_FOUND for a locale the edition does not offer
    return this.withDraft(edition, (d) =>
      Promise.resolve(exportXliff(loadCurriculum(d.root, { edition }), { locale })),
    );
  }

  /** The release bundle the edition would publish now (for the learner preview); cached per draft. */
  async previewBundle(edition: string): Promise<ReleaseBundle> {
    const drafts = await this.draft.buildAll(edition);
    const signature = signatureOf(drafts);
    const cached = this.previews.get(edition);
    if (cached?.signature === signature) return cached.bundle;
    return this.withDraft(
      edition,
      (d) => {
        const bundle = buildReleaseBundle(loadCurriculum(d.root, { edition }));
        this.previews.set(edition, { signature, bundle });
        return Promise.resolve(bundle);
      },
      drafts,
    );
  }

  /**
   * The validator's verdict on the edition as it would publish with `extra` files written over it
   * (a file of local adaptation being edited): the CLI's rules, on a temporary copy.
   */
  async checkWith(edition: string, extra: Map<string, string>): Promise<CheckResult> {
    const drafts = await this.draft.buildAll(edition);
    drafts.set('\u0000candidate', { files: extra, incomplete: [], reviewed: [] });
    return this.withDraft(
      edition,
      (d) => Promise.resolve(checkCurriculum(d.root, { edition })),
      drafts,
    );
  }

  private async sameContent(edition: string, contentHash: string) {
    const curriculumId = this.folder.model(edition).manifest!.data.id;
    return (
      (await this.releases.list(edition)).find(
        (r) => r.curriculumId === curriculumId && r.contentHash === contentHash,
      ) ?? null
    );
  }

  private async nextVersion(edition: string, base: string): Promise<string> {
    const curriculumId = this.folder.model(edition).manifest!.data.id;
    const prefix = `${base}+${edition}.`;
    const builds = (await this.releases.list(edition))
      .filter((r) => r.curriculumId === curriculumId && r.version.startsWith(prefix))
      .map((r) => Number(r.version.slice(prefix.length)))
      .filter(Number.isInteger);
    return `${prefix}${Math.max(0, ...builds) + 1}`;
  }

  /** Runs `work` over a temporary copy of the folder holding the draft; removes the copy after. */
  private async withDraft<T>(
    edition: string,
    work: (d: Draft) => Promise<T>,
    drafts?: Map<string, DraftFiles>,
  ): Promise<T> {
    const all = drafts ?? (await this.draft.buildAll(edition));
    const root = mkdtempSync(join(tmpdir(), 'academy-workspace-'));
    try {
      const source = this.folder.root;
      // The core, every edition's manifest (core validation reads them) and this edition's files.
      cpSync(source, root, {
        recursive: true,
        filter: (path) => {
          const rel = relative(source, path).split('\\').join('/');
          const m = /^editions\/([^/]+)\/(.+)$/.exec(rel);
          return !m || m[1] === edition || m[2] === 'edition.yaml';
        },
      });
      for (const draft of all.values())
        for (const [path, text] of draft.files) {
          mkdirSync(dirname(join(root, path)), { recursive: true });
          writeFileSync(join(root, path), text);
        }
      return await work({ root, drafts: all, signature: signatureOf(all) });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

function signatureOf(drafts: Map<string, DraftFiles>): string {
  const hash = createHash('sha256');
  for (const [locale, d] of [...drafts].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`${locale}\0`);
    for (const [path, text] of [...d.files].sort(([a], [b]) => a.localeCompare(b)))
      hash.update(`${path}\0${text}\0`);
  }
  return hash.digest('hex');
}
