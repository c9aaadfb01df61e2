import DataLoader from 'dataloader';
import type { CurriculumContentService } from './curriculum-content.service.js';
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

/**
 * Per-request DataLoaders over the release content: one SQL statement per kind per request
 * whatever the number of modules asked for, and none once the content is cached.
 */
export function createCurriculumLoaders(content: CurriculumContentService) {
  const module = new DataLoader<string, ModuleRow | null>(async (keys) => (await content.modules(keys)).map((r) => r ?? null));
  const lessonsOfModule = new DataLoader<string, LessonSummaryRow[]>(async (keys) => (await content.lessonSummaries(keys)).map((r) => r ?? []));
  const moduleQuiz = new DataLoader<string, QuizInfoRow | null>(async (keys) => (await content.moduleQuizzes(keys)).map((r) => r ?? null));
  /** Locale settings of releases, for field resolvers of objects that carry a release id. */
  const releaseLocales = new DataLoader<string, (ReleaseLocales & { id: string }) | null>(async (ids) =>
    (await content.releaseLocales(ids)).map((r) => r ?? null),
  );
  return { module, lessonsOfModule, moduleQuiz, releaseLocales, key: content.key };
}

export type CurriculumLoaders = ReturnType<typeof createCurriculumLoaders>;
