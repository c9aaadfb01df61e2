import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildTranslation, reviewHash, setTopLevelKey } from '@academy/curriculum';
import { DataSource } from 'typeorm';
import { CurriculumFolder } from './curriculum-folder.js';
import { WorkspaceAdaptationFiles } from './workspace-adaptation-files.js';
import { segmentStatus } from './segment-state.js';
import { WorkspaceSegmentEntity } from './workspace.entities.js';

/** The edition's translation files as the workspace would write them, per locale. */
export interface DraftFiles {
  /** Path from the curriculum root (`editions/<id>/…`) → file text. */
  files: Map<string, string>;
  /** Display paths of files translated in the browser that still miss segments (left out). */
  incomplete: string[];
  /** Of the files written, those every segment of which a second editor reviewed. */
  reviewed: string[];
}

/**
 * Turns what was translated in the browser into translation files, exactly as `import-xliff` and
 * `review` write them: one file per source file touched in the workspace whose every segment has a
 * current target, under editions/<id>/ with the source's hash. A file whose every segment is
 * reviewed (four eyes in the workspace, or a reviewed repository file) carries `reviewedBy` and
 * `reviewedHash`, so the release's status page and the learners' "not yet reviewed" note follow
 * the workspace's review. Export, publish, XLIFF and preview all read these same files.
 */
@Injectable()
export class WorkspaceDraft {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly folder: CurriculumFolder,
    private readonly adaptations: WorkspaceAdaptationFiles,
  ) {}

  async build(edition: string, locale: string): Promise<DraftFiles> {
    const { files } = this.folder.files(edition, locale);
    const model = this.folder.model(edition);
    const rows = await this.dataSource.getRepository(WorkspaceSegmentEntity).find({
      where: { editionKey: edition, locale },
      relations: { reviewer: true },
    });
    const byFile = new Map<string, Map<string, WorkspaceSegmentEntity>>();
    for (const r of rows)
      byFile.set(
        r.sourcePath,
        (byFile.get(r.sourcePath) ?? new Map<string, WorkspaceSegmentEntity>()).set(r.segmentId, r),
      );
    const out: DraftFiles = { files: new Map(), incomplete: [], reviewed: [] };
    for (const f of files) {
      const touched = byFile.get(f.sourcePath);
      const source = model.files.get(f.sourcePath);
      if (!touched || !source) continue;
      const targets = new Map<string, string>();
      const reviewers = new Set<string>();
      let allReviewed = true;
      for (const seg of f.segments) {
        const row = touched.get(seg.id);
        if (row && row.sourceText === seg.source) targets.set(seg.id, row.target);
        else if (!row && f.fileState === 'complete' && seg.fileTarget !== undefined)
          targets.set(seg.id, seg.fileTarget);
        if (segmentStatus(f, seg, row) !== 'reviewed') allReviewed = false;
        if (row?.state === 'reviewed') reviewers.add(row.reviewer?.displayName ?? 'workspace');
      }
      if (targets.size < f.segments.length) {
        out.incomplete.push(f.displayPath);
        continue;
      }
      const path = `editions/${edition}/${f.targetPath}`;
      const markdown = f.targetPath.endsWith('.md');
      let text = buildTranslation(f.kind, source.text, targets, f.sourceHash);
      // Written into the edition, it replaces the core's translation where there is one: an
      // override records the core file's hash, as the validator asks of every edition override.
      const existing = model.files.get(f.targetPath);
      const coreHash = existing?.origin === 'core' ? existing.hash : existing?.replacesHash;
      if (coreHash) text = setTopLevelKey(text, 'overrides', coreHash, markdown);
      if (allReviewed) {
        text = stampReview(text, markdown, reviewers);
        out.reviewed.push(path);
      }
      out.files.set(path, text);
    }
    return out;
  }

  /**
   * Every locale of the edition, for a release (which holds them all), then the files of local
   * adaptation under the source locale: written last, an edition's own text wins.
   */
  async buildAll(edition: string): Promise<Map<string, DraftFiles>> {
    const out = new Map<string, DraftFiles>();
    for (const locale of this.folder.locales(edition))
      out.set(locale, await this.build(edition, locale));
    const adapted = await this.adaptations.draft(edition);
    if (adapted.files.size) out.set(this.folder.model(edition).sourceLocale, adapted);
    return out;
  }
}

/** Records the review as `npm run curriculum -- review` does: who, and the hash of the text reviewed. */
function stampReview(text: string, markdown: boolean, reviewers: Set<string>): string {
  const by = `${[...reviewers].sort().join(', ') || 'workspace reviewers'} (translation workspace)`;
  const withBy = setTopLevelKey(text, 'reviewedBy', JSON.stringify(by), markdown);
  return setTopLevelKey(withBy, 'reviewedHash', reviewHash(withBy), markdown);
}
