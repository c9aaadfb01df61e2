import type { CourseObject, LessonSummaryObject, ModuleObject, QuizInfoObject, SourceObject } from './dto/curriculum.objects.js';
import type { LessonSummaryRow, ModuleRow, QuizInfoRow } from './curriculum.loaders.js';
import { pickText, type ReleaseLocales } from './localized.js';
import type { ReleaseCourseEntity } from './release-content.entities.js';
import { toReleaseObject, type Release } from './release.service.js';

export function toSources(sources: unknown[]): SourceObject[] {
  return (sources as { title: string; publisher?: string; year?: number; url?: string }[]).map((s) => ({
    title: s.title,
    publisher: s.publisher ?? null,
    year: s.year ?? null,
    url: s.url ?? null,
  }));
}

export function toCourseObject(c: ReleaseCourseEntity, release: Release, locale: string): CourseObject {
  const { text, info } = pickText<{ title: string; summary: string; audience?: string }>(c.texts, locale, release);
  return {
    id: `${release.id}:${c.slug}`,
    releaseId: release.id,
    locale,
    moduleSlugs: c.modules,
    slug: c.slug,
    title: text.title,
    summary: text.summary,
    audience: text.audience ?? null,
    text: info,
    release: toReleaseObject(release),
    certificate: c.certificate,
    finalAssessment: c.finalAssessment,
    completionRules: Object.entries(c.completion)
      .filter(([, v]) => v !== 'none')
      .map(([k]) => k),
  };
}

export function toModuleObject(m: ModuleRow, release: ReleaseLocales & { id: string }, locale: string, quiz: QuizInfoRow | null): ModuleObject {
  const { text, info } = pickText<{ title: string; summary: string }>(m.texts, locale, release);
  return {
    releaseId: release.id,
    locale,
    lessonSlugs: m.lessons,
    slug: m.slug,
    title: text.title,
    summary: text.summary,
    text: info,
    quiz: quiz ? toQuizInfo(quiz) : null,
  };
}

function toQuizInfo(q: QuizInfoRow): QuizInfoObject {
  const s = q.settings as { questionsPerAttempt?: number; passMark: number; maxAttempts?: number; timeLimitMinutes?: number };
  return {
    bankSize: q.bankSize,
    questionsPerAttempt: s.questionsPerAttempt ?? q.bankSize,
    passMark: s.passMark,
    maxAttempts: s.maxAttempts ?? null,
    timeLimitMinutes: s.timeLimitMinutes ?? null,
  };
}

export function toLessonSummary(l: LessonSummaryRow, release: ReleaseLocales, locale: string): LessonSummaryObject {
  const { text, info } = pickText<{ title: string }>(l.texts, locale, release);
  return { module: l.moduleSlug, slug: l.slug, title: text.title, minutes: l.minutes, position: l.position, text: info };
}
