import { Injectable } from '@nestjs/common';
import type { BundleCourseKit, BundleModuleKit } from '@academy/curriculum';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LessonSummaryRow, ModuleRow, QuizInfoRow } from './curriculum.loaders.js';
import type { ReleaseLocales } from './localized.js';
import { ReleaseContentCache } from './release-content.cache.js';
import { ReleaseCourseEntity, ReleaseLessonEntity, ReleaseModuleEntity, type LocalizedTexts } from './release-content.entities.js';
import { ReleaseEntity } from './release.entity.js';

const key = (releaseId: string, slug: string) => `${releaseId}:${slug}`;
const split = (keys: readonly string[]) => {
  const releaseIds: string[] = [];
  const slugs: string[] = [];
  for (const k of keys) {
    const i = k.indexOf(':');
    releaseIds.push(k.slice(0, i));
    slugs.push(k.slice(i + 1));
  }
  return [releaseIds, slugs] as const;
};
const infoOnly = (column: string, extra = '') =>
  `(SELECT jsonb_object_agg(k, jsonb_build_object('shownLocale', v->'shownLocale', 'fellBack', v->'fellBack', 'outdated', v->'outdated', 'unreviewed', v->'unreviewed'${extra}))
      FROM jsonb_each(${column}) AS e(k, v))`;

export type ExerciseRow = { id: string; scenario: Record<string, unknown>; texts: LocalizedTexts };
export type GlossaryRow = { id: string; texts: LocalizedTexts };
export interface AssessmentInfoRow {
  settings: { passMark: number; maxAttempts?: number; timeLimitMinutes?: number; draw: { count: number }[] };
}

/**
 * Reads the content of imported releases: course structure, lessons, quizzes' public settings,
 * exercises, glossary. Content is immutable per release id, so everything read here is cached per
 * process (ReleaseContentCache) and costs no SQL once warm. Answer keys never pass through here.
 */
@Injectable()
export class CurriculumContentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: ReleaseContentCache,
  ) {}

  key = key;

  courses(releaseId: string): Promise<ReleaseCourseEntity[]> {
    return this.cache.one(`courses|${releaseId}`, async () => {
      const rows = await this.dataSource.getRepository(ReleaseCourseEntity).find({ where: { releaseId }, order: { slug: 'ASC' } });
      return rows.length > 0 ? rows : null;
    }).then((rows) => rows ?? []);
  }

  async course(releaseId: string, slug: string): Promise<ReleaseCourseEntity | null> {
    return (await this.courses(releaseId)).find((c) => c.slug === slug) ?? null;
  }

  /** A lesson with its body in every language. */
  lesson(releaseId: string, module: string, slug: string): Promise<ReleaseLessonEntity | null> {
    return this.cache.one(`lesson|${releaseId}:${module}/${slug}`, () =>
      this.dataSource.getRepository(ReleaseLessonEntity).findOneBy({ releaseId, moduleSlug: module, slug }),
    );
  }

  /** A module's workshop plan (hosts and editors only: not cached, rarely read). */
  async hostNotes(releaseId: string, module: string): Promise<LocalizedTexts | null> {
    const row = await this.dataSource.getRepository(ReleaseModuleEntity).findOne({
      where: { releaseId, slug: module },
      select: { id: true, hostNotes: true },
    });
    return row?.hostNotes ?? null;
  }

  /** A module's workshop kit (hosts only: not cached, rarely read); undefined when the module does not exist. */
  async moduleKit(releaseId: string, module: string): Promise<{ kit: BundleModuleKit | null; texts: LocalizedTexts } | undefined> {
    const row = await this.dataSource.getRepository(ReleaseModuleEntity).findOne({
      where: { releaseId, slug: module },
      select: { id: true, kit: true, texts: true },
    });
    return row ? { kit: row.kit, texts: row.texts } : undefined;
  }

  /** Which modules of a release have slides or cards (without loading them). */
  async kitIndex(releaseId: string): Promise<{ slug: string; texts: LocalizedTexts; slides: boolean; cards: boolean }[]> {
    const rows = await this.dataSource.query<{ slug: string; texts: LocalizedTexts; slides: boolean; cards: boolean }[]>(
      `SELECT slug, texts,
              COALESCE(kit->'slides' <> '{}'::jsonb, false) AS slides,
              COALESCE(kit->'cards' <> '{}'::jsonb, false) AS cards
         FROM release_modules WHERE release_id = $1`,
      [releaseId],
    );
    return rows;
  }

  /** The release's evaluation form and train-the-trainer guide. */
  async courseKit(releaseId: string): Promise<BundleCourseKit | null> {
    const row = await this.dataSource.getRepository(ReleaseEntity).findOne({ where: { id: releaseId }, select: { id: true, kit: true } });
    return row?.kit ?? null;
  }

  /** The settings of a course's final assessment (never its questions). */
  assessmentInfo(releaseId: string, slug: string): Promise<AssessmentInfoRow | null> {
    return this.cache.one(`assessment|${releaseId}:${slug}`, async () => {
      const [row] = await this.dataSource.query<AssessmentInfoRow[]>(
        `SELECT settings FROM release_quizzes WHERE release_id = $1 AND kind = 'assessment' AND slug = $2`,
        [releaseId, slug],
      );
      return row ?? null;
    });
  }

  exercises(releaseId: string): Promise<ExerciseRow[]> {
    return this.cache.one(`exercises|${releaseId}`, async () => {
      const row = await this.dataSource.getRepository(ReleaseEntity).findOneOrFail({ where: { id: releaseId }, select: { id: true, exercises: true } });
      return row.exercises as ExerciseRow[];
    });
  }

  glossary(releaseId: string): Promise<GlossaryRow[]> {
    return this.cache.one(`glossary|${releaseId}`, async () => {
      const row = await this.dataSource.getRepository(ReleaseEntity).findOneOrFail({ where: { id: releaseId }, select: { id: true, glossary: true } });
      return row.glossary as GlossaryRow[];
    });
  }

  // Batch reads for the per-request DataLoaders (curriculum.loaders.ts): one statement for all
  // misses of a batch, none when every key is cached.

  modules(keys: readonly string[]): Promise<(ModuleRow | undefined)[]> {
    return this.cache.many(keys.map((k) => `module|${k}`), async (missing) => {
      const [releaseIds, slugs] = split(missing.map((k) => k.slice('module|'.length)));
      const rows: ModuleRow[] = await this.dataSource.query(
        `SELECT m.release_id AS "releaseId", m.slug, m.lessons, m.texts
           FROM release_modules m JOIN unnest($1::uuid[], $2::text[]) AS k(r, s) ON m.release_id = k.r AND m.slug = k.s`,
        [releaseIds, slugs],
      );
      return new Map(rows.map((r) => [`module|${key(r.releaseId, r.slug)}`, r]));
    });
  }

  lessonSummaries(keys: readonly string[]): Promise<(LessonSummaryRow[] | undefined)[]> {
    return this.cache.many(keys.map((k) => `lessons|${k}`), async (missing) => {
      const [releaseIds, slugs] = split(missing.map((k) => k.slice('lessons|'.length)));
      const rows: LessonSummaryRow[] = await this.dataSource.query(
        `SELECT l.release_id AS "releaseId", l.module_slug AS "moduleSlug", l.slug, l.position, l.minutes,
                ${infoOnly('l.texts', ", 'title', v->'title'")} AS texts
           FROM release_lessons l JOIN unnest($1::uuid[], $2::text[]) AS k(r, s) ON l.release_id = k.r AND l.module_slug = k.s
          ORDER BY l.position`,
        [releaseIds, slugs],
      );
      const map = new Map<string, LessonSummaryRow[]>();
      for (const r of rows) {
        const k = `lessons|${key(r.releaseId, r.moduleSlug)}`;
        map.set(k, [...(map.get(k) ?? []), r]);
      }
      return map;
    });
  }

  moduleQuizzes(keys: readonly string[]): Promise<(QuizInfoRow | undefined)[]> {
    return this.cache.many(keys.map((k) => `quiz|${k}`), async (missing) => {
      const [releaseIds, slugs] = split(missing.map((k) => k.slice('quiz|'.length)));
      const rows: QuizInfoRow[] = await this.dataSource.query(
        `SELECT q.release_id AS "releaseId", q.slug, q.settings, jsonb_array_length(q.questions) AS "bankSize", ${infoOnly('q.texts')} AS texts
           FROM release_quizzes q JOIN unnest($1::uuid[], $2::text[]) AS k(r, s) ON q.release_id = k.r AND q.slug = k.s
          WHERE q.kind = 'module'`,
        [releaseIds, slugs],
      );
      return new Map(rows.map((r) => [`quiz|${key(r.releaseId, r.slug)}`, r]));
    });
  }

  releaseLocales(ids: readonly string[]): Promise<((ReleaseLocales & { id: string }) | undefined)[]> {
    return this.cache.many(ids.map((id) => `locales|${id}`), async (missing) => {
      const rows: (ReleaseLocales & { id: string })[] = await this.dataSource.query(
        `SELECT id, source_locale AS "sourceLocale", locales, coalesce(manifest->'fallbacks', '{}'::jsonb) AS fallbacks
           FROM curriculum_releases WHERE id = ANY($1::uuid[])`,
        [missing.map((k) => k.slice('locales|'.length))],
      );
      return new Map(rows.map((r) => [`locales|${r.id}`, r]));
    });
  }
}
