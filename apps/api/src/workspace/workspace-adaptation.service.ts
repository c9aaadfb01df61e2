import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  classifyPath,
  hiddenLessonConflicts,
  type CurriculumModel,
  type Problem,
} from '@academy/curriculum';
import { DataSource, QueryFailedError } from 'typeorm';
import { parse, parseDocument } from 'yaml';
import { AppError, ErrorCode, notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { CurriculumFolder } from './curriculum-folder.js';
import type {
  AdaptationLccObject,
  AdaptationProblemObject,
  SetLccDefaultsInput,
  WorkspaceAdaptationFileObject,
  WorkspaceAdaptationOverviewObject,
} from './dto/workspace-adaptation.dto.js';
import { WorkspaceAdaptationFiles } from './workspace-adaptation-files.js';
import {
  WorkspaceAdaptationEntity,
  type WorkspaceAdaptationKind,
} from './workspace-adaptation.entity.js';
import { WorkspaceRelease } from './workspace-release.js';
import {
  ADAPTATION_INVALID,
  badPath,
  changed,
  discountRateSourceRequired,
  lessonQuizDrawn,
  refuseErrors,
} from './workspace-adaptation-refusals.js';
import { asTyped, frontMatter, lessonsOf, withOverrides } from './workspace-adaptation-text.js';

type LccDefaults = {
  currency?: string;
  discountRate?: number;
  discountRateSource?: { title: string; publisher?: string; year?: number; url?: string };
};

/**
 * Local adaptation (issue 18, item 4): the edition's own lesson and practice texts, local
 * practices, LCC defaults and hidden lessons, each kept as a whole edition file. Every save runs
 * the CLI's validator over the edition as it would publish (WorkspaceRelease.checkWith), so what
 * is saved publishes and exports as files `validate --edition` accepts.
 */
@Injectable()
export class WorkspaceAdaptations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly folder: CurriculumFolder,
    private readonly files: WorkspaceAdaptationFiles,
    private readonly release: WorkspaceRelease,
  ) {}

  async overview(edition: string): Promise<WorkspaceAdaptationOverviewObject> {
    const model = this.folder.model(edition);
    const rows = await this.files.rows(edition);
    const byPath = new Map(rows.map((r) => [r.path, r]));
    const src = model.sourceLocale;
    const drawn = new Set(
      [...model.modules.values()]
        .filter((m) => m.quiz && (m.structure?.data.quiz || this.assessed(model, m.slug)))
        .map((m) => m.slug),
    );
    const lessons = [...model.modules.values()].flatMap((m) => {
      const listed = m.structure?.data.lessons ?? [];
      const adapted = byPath.get(`modules/${m.slug}/module.yaml`);
      const shown = adapted ? lessonsOf(adapted.text) : listed;
      const coreOrder = [...new Set([...listed, ...m.lessons.keys()])];
      return coreOrder
        .filter((slug) => m.lessons.get(slug)?.has(src))
        .map((slug) => ({
          module: m.slug,
          moduleTitle: m.texts.get(src)?.data.title ?? m.slug,
          slug,
          title: m.lessons.get(slug)?.get(src)?.data.title ?? slug,
          hidden: !shown.includes(slug),
          overridden: [...m.lessons.get(slug)!.values()].some(
            (l) =>
              l.file.origin === 'edition' ||
              byPath.has(`modules/${m.slug}/lessons/${slug}.${l.ref.locale ?? src}.md`),
          ),
          quizDrawn: drawn.has(m.slug),
        }));
    });
    const practices = [...model.practices.values()].map((p) => ({
      slug: p.slug,
      title: p.structure?.data.title ?? p.slug,
      local: p.structure?.file.origin === 'edition' && !p.structure.file.replacesHash,
      overridden:
        (p.structure?.file.origin === 'edition' && !!p.structure.file.replacesHash) ||
        rows.some((r) => r.path.startsWith(`practices/${p.slug}.`)),
    }));
    for (const r of rows) {
      const m = /^practices\/([^/.]+)\.[^/]+\.md$/.exec(r.path);
      if (!m?.[1] || practices.some((p) => p.slug === m[1])) continue;
      const title = (frontMatter(r.text).title as string | undefined) ?? m[1];
      practices.push({ slug: m[1], title, local: true, overridden: false });
    }
    return {
      edition,
      sourceLocale: src,
      locales: model.locales,
      adaptations: rows.map((r) => ({
        path: r.path,
        kind: r.kind,
        version: r.version,
        updatedAt: r.updatedAt,
        updatedByName: r.updater?.displayName ?? null,
      })),
      lessons,
      practices: practices.sort((a, b) => a.slug.localeCompare(b.slug)),
      lcc: this.lccOf(model, byPath.get('edition.yaml')),
    };
  }

  /** A lesson or practice file as the edition has it, to edit. */
  async file(edition: string, path: string): Promise<WorkspaceAdaptationFileObject> {
    const model = this.folder.model(edition);
    this.assertTextPath(model, path);
    const base = model.files.get(path)?.text ?? '';
    const row = await this.row(edition, path);
    return {
      edition,
      path,
      text: row?.text ?? base,
      baseText: base,
      version: row?.version ?? 0,
      adapted: !!row,
    };
  }

  /** The validator's messages about the file as typed, at the lines the editor sees. */
  async check(edition: string, path: string, text: string): Promise<AdaptationProblemObject[]> {
    const model = this.folder.model(edition);
    this.assertTextPath(model, path);
    const recorded = withOverrides(model, path, text);
    const { problems } = await this.validate(edition, path, recorded);
    return asTyped(problems, text, recorded, path);
  }

  /** Saves the edition's own text of a lesson or practice, or a new local practice. */
  async save(
    me: CurrentUser,
    input: { edition: string; path: string; text: string; expectedVersion: number },
  ): Promise<WorkspaceAdaptationFileObject> {
    const model = this.folder.model(input.edition);
    const ref = this.assertTextPath(model, input.path);
    const text = withOverrides(model, input.path, input.text);
    const { problems } = await this.validate(input.edition, input.path, text);
    refuseErrors(asTyped(problems, input.text, text, input.path));
    const kind: WorkspaceAdaptationKind =
      ref.kind === 'practice' && !model.files.has(input.path) && !this.corePractice(model, ref.id)
        ? 'practice'
        : 'override';
    const row = await this.write(me, input.edition, input.path, kind, text, input.expectedVersion);
    return {
      edition: input.edition,
      path: input.path,
      text: row.text,
      baseText: model.files.get(input.path)?.text ?? '',
      version: row.version,
      adapted: true,
    };
  }

  /** Removes an adaptation; answers with its text so the editor can undo (save it again). */
  async remove(
    edition: string,
    path: string,
    expectedVersion: number,
  ): Promise<WorkspaceAdaptationFileObject> {
    const model = this.folder.model(edition);
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(WorkspaceAdaptationEntity);
      const row = await repo.findOne({
        where: { editionKey: edition, path },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw notFound(`The adaptation "${path}"`);
      if (row.version !== expectedVersion) throw changed(row);
      await repo.delete({ id: row.id });
      return {
        edition,
        path,
        text: row.text,
        baseText: model.files.get(path)?.text ?? '',
        version: 0,
        adapted: false,
      };
    });
  }

  /** The edition's LCC defaults; a discount rate needs its source (no unsourced figures). */
  async setLcc(me: CurrentUser, input: SetLccDefaultsInput): Promise<AdaptationLccObject> {
    if (input.discountRate != null && !input.discountRateSource) throw discountRateSourceRequired();
    const model = this.folder.model(input.edition);
    const row = await this.row(input.edition, 'edition.yaml');
    const doc = parseDocument(row?.text ?? model.edition?.file.text ?? '');
    const lcc: LccDefaults = {};
    if (input.currency) lcc.currency = input.currency;
    if (input.discountRate != null) {
      lcc.discountRate = input.discountRate;
      const s = input.discountRateSource!;
      lcc.discountRateSource = {
        title: s.title.trim(),
        ...(s.publisher ? { publisher: s.publisher.trim() } : {}),
        ...(s.year ? { year: s.year } : {}),
        ...(s.url ? { url: s.url } : {}),
      };
    }
    if (Object.keys(lcc).length) doc.set('lccDefaults', lcc);
    else doc.delete('lccDefaults');
    const text = doc.toString();
    const { problems } = await this.validate(input.edition, 'edition.yaml', text);
    refuseErrors(problems);
    const saved = await this.write(
      me,
      input.edition,
      'edition.yaml',
      'lcc',
      text,
      input.expectedVersion,
    );
    return this.lccOf(model, saved);
  }

  /**
   * Hides a lesson (or shows it again) by writing the module's `module.yaml` without it. The
   * validator's hidden-lesson rule decides: refused, naming the questions, while they are drawn.
   */
  async hide(
    me: CurrentUser,
    input: { edition: string; module: string; lesson: string; hidden: boolean },
  ): Promise<WorkspaceAdaptationOverviewObject> {
    const model = this.folder.model(input.edition);
    const mod = model.modules.get(input.module);
    const path = `modules/${input.module}/module.yaml`;
    const file = model.files.get(path);
    if (!mod?.structure || !file || !mod.lessons.get(input.lesson)?.has(model.sourceLocale))
      throw notFound(`The lesson "${input.module}/${input.lesson}"`);
    const row = await this.row(input.edition, path);
    const current = lessonsOf(row?.text ?? file.text);
    const order = [...new Set([...mod.structure.data.lessons, ...mod.lessons.keys()])];
    const next = input.hidden
      ? current.filter((l) => l !== input.lesson)
      : order.filter((l) => current.includes(l) || l === input.lesson);
    if (next.length === 0)
      throw new AppError(ErrorCode.BadUserInput, 'A module keeps at least one lesson.', {
        reason: ADAPTATION_INVALID,
        problems: [{ line: 1, message: 'a module keeps at least one lesson', severity: 'error' }],
      });
    const unchanged = next.join() === mod.structure.data.lessons.join();
    if (unchanged && row) {
      // Back to what the academy runs: the adaptation is no longer needed.
      await this.dataSource.getRepository(WorkspaceAdaptationEntity).delete({ id: row.id });
      return this.overview(input.edition);
    }
    if (unchanged) return this.overview(input.edition);
    const doc = parseDocument(row?.text ?? file.text);
    doc.set('lessons', doc.createNode(next, { flow: true }));
    const coreHash = file.origin === 'core' ? file.hash : file.replacesHash;
    if (coreHash) doc.set('overrides', coreHash);
    const text = doc.toString();
    const result = await this.validate(input.edition, path, text);
    const conflict = hiddenLessonConflicts(result.model).find(
      (c) => c.module === input.module && c.lesson === input.lesson,
    );
    if (input.hidden && conflict) throw lessonQuizDrawn(input.module, input.lesson, conflict);
    // The module's own files too: a lesson left out that the edition added is "not listed".
    const inModule = `editions/${input.edition}/modules/${input.module}/`;
    refuseErrors([
      ...result.problems,
      ...result.errors.filter(
        (p) => p.file.startsWith(inModule) && !p.file.endsWith('module.yaml'),
      ),
    ]);
    await this.write(me, input.edition, path, 'hide', text, row?.version ?? 0);
    return this.overview(input.edition);
  }

  private assessed(model: CurriculumModel, module: string): boolean {
    return [...model.courses.values()].some((c) => {
      const fa = c.structure?.data.finalAssessment;
      return (
        !!fa &&
        !!c.structure?.data.modules.includes(module) &&
        !!model.assessments.get(fa)?.structure?.data.draw.some((d) => d.module === module)
      );
    });
  }

  private corePractice(model: CurriculumModel, slug: string): boolean {
    return [...model.files.keys()].some((p) => p.startsWith(`practices/${slug}.`));
  }

  /** Lesson and practice files of a locale the edition offers; lessons must exist (no new ones). */
  private assertTextPath(model: CurriculumModel, path: string) {
    const ref = classifyPath(path);
    if (!ref || (ref.kind !== 'lesson' && ref.kind !== 'practice'))
      throw badPath(path, 'not a lesson or practice file');
    if (!ref.locale || !model.locales.includes(ref.locale))
      throw badPath(path, `the edition does not offer the language "${ref.locale ?? ''}"`);
    if (
      ref.kind === 'lesson' &&
      !model.files.has(path.replace(/\.[^.]+\.md$/, `.${model.sourceLocale}.md`))
    )
      throw notFound(`The lesson "${path}"`);
    return ref;
  }

  private async validate(
    edition: string,
    path: string,
    text: string,
  ): Promise<{ problems: Problem[]; errors: Problem[]; model: CurriculumModel }> {
    const display = `editions/${edition}/${path}`;
    const result = await this.release.checkWith(edition, new Map([[display, text]]));
    const problems = [...result.errors, ...result.warnings].filter((p) => p.file === display);
    return { problems, errors: result.errors, model: result.model };
  }

  private row(edition: string, path: string) {
    return this.dataSource
      .getRepository(WorkspaceAdaptationEntity)
      .findOneBy({ editionKey: edition, path });
  }

  /** Upserts under the version the editor started from: someone else's save in between is a CONFLICT. */
  private async write(
    me: CurrentUser,
    edition: string,
    path: string,
    kind: WorkspaceAdaptationKind,
    text: string,
    expectedVersion: number,
  ): Promise<WorkspaceAdaptationEntity> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const repo = em.getRepository(WorkspaceAdaptationEntity);
        const row = await repo.findOne({
          where: { editionKey: edition, path },
          lock: { mode: 'pessimistic_write' },
        });
        if ((row?.version ?? 0) !== expectedVersion) throw changed(row);
        if (!row)
          return repo.save(
            repo.create({ editionKey: edition, path, kind, text, version: 1, updatedBy: me.id }),
          );
        row.text = text;
        row.kind = kind;
        row.version += 1;
        row.updatedBy = me.id;
        return repo.save(row);
      });
    } catch (error) {
      // Two first saves at once: the unique key let one in.
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      )
        throw changed(await this.row(edition, path));
      throw error;
    }
  }

  private lccOf(model: CurriculumModel, row?: WorkspaceAdaptationEntity | null) {
    const data = (row ? parse(row.text) : model.edition?.data) as
      | { lccDefaults?: LccDefaults }
      | undefined;
    const lcc = data?.lccDefaults ?? {};
    const s = lcc.discountRateSource;
    return {
      currency: lcc.currency ?? null,
      discountRate: lcc.discountRate ?? null,
      discountRateSource: s
        ? {
            title: s.title,
            publisher: s.publisher ?? null,
            year: s.year ?? null,
            url: s.url ?? null,
          }
        : null,
      version: row?.version ?? 0,
    };
  }
}
