import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LocalizedTexts } from './release-content.entities.js';
import type { ReleaseLocales } from './localized.js';

export interface ModuleRow {
  releaseId: string;
  slug: string;
  lessons: string[];
  texts: LocalizedTexts;
}
export interface LessonSummaryRow {
  releaseId: string;
  moduleSlug: string;
  slug: string;
  position: number;
  minutes: number;
  /** Titles and fallback info only: lesson bodies stay in the database. */
  texts: LocalizedTexts;
}
export interface QuizInfoRow {
  releaseId: string;
  slug: string;
  settings: Record<string, unknown>;
  bankSize: number;
  /** Fallback info of the quiz texts per locale (no question texts, never answer keys). */
  texts: LocalizedTexts;
}

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

/** One SQL statement per kind per request, whatever the number of modules asked for. */
export function createCurriculumLoaders(ds: DataSource) {
  const module = new DataLoader<string, ModuleRow | null>(async (keys) => {
    const [releaseIds, slugs] = split(keys);
    const rows: ModuleRow[] = await ds.query(
      `SELECT m.release_id AS "releaseId", m.slug, m.lessons, m.texts
         FROM release_modules m JOIN unnest($1::uuid[], $2::text[]) AS k(r, s) ON m.release_id = k.r AND m.slug = k.s`,
      [releaseIds, slugs],
    );
    const map = new Map(rows.map((r) => [key(r.releaseId, r.slug), r]));
    return keys.map((k) => map.get(k) ?? null);
  });

  const lessonsOfModule = new DataLoader<string, LessonSummaryRow[]>(async (keys) => {
    const [releaseIds, slugs] = split(keys);
    const rows: LessonSummaryRow[] = await ds.query(
      `SELECT l.release_id AS "releaseId", l.module_slug AS "moduleSlug", l.slug, l.position, l.minutes,
              ${infoOnly('l.texts', ", 'title', v->'title'")} AS texts
         FROM release_lessons l JOIN unnest($1::uuid[], $2::text[]) AS k(r, s) ON l.release_id = k.r AND l.module_slug = k.s
        ORDER BY l.position`,
      [releaseIds, slugs],
    );
    const map = new Map<string, LessonSummaryRow[]>();
    for (const r of rows) {
      const k = key(r.releaseId, r.moduleSlug);
      map.set(k, [...(map.get(k) ?? []), r]);
    }
    return keys.map((k) => map.get(k) ?? []);
  });

  const moduleQuiz = new DataLoader<string, QuizInfoRow | null>(async (keys) => {
    const [releaseIds, slugs] = split(keys);
    const rows: QuizInfoRow[] = await ds.query(
      `SELECT q.release_id AS "releaseId", q.slug, q.settings, jsonb_array_length(q.questions) AS "bankSize", ${infoOnly('q.texts')} AS texts
         FROM release_quizzes q JOIN unnest($1::uuid[], $2::text[]) AS k(r, s) ON q.release_id = k.r AND q.slug = k.s
        WHERE q.kind = 'module'`,
      [releaseIds, slugs],
    );
    const map = new Map(rows.map((r) => [key(r.releaseId, r.slug), r]));
    return keys.map((k) => map.get(k) ?? null);
  });

  /** Locale settings of releases, for field resolvers of objects that carry a release id. */
  const releaseLocales = new DataLoader<string, (ReleaseLocales & { id: string }) | null>(async (ids) => {
    const rows: (ReleaseLocales & { id: string })[] = await ds.query(
      `SELECT id, source_locale AS "sourceLocale", locales, coalesce(manifest->'fallbacks', '{}'::jsonb) AS fallbacks
         FROM curriculum_releases WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });

  return { module, lessonsOfModule, moduleQuiz, releaseLocales, key };
}

export type CurriculumLoaders = ReturnType<typeof createCurriculumLoaders>;
