import type { RouteLocationRaw } from 'vue-router';

/** What the course page needs of a module and of the learner's progress in it. */
export interface ModuleShape {
  slug: string;
  lessons: readonly { slug: string; minutes: number }[];
  quiz: unknown;
}
export interface ModuleProgressShape {
  doneLessons: readonly string[];
  quizPassed: boolean;
  attemptsUsed: number;
  attemptsAllowed: number | null;
}

export type ModuleState = 'not-started' | 'in-progress' | 'done';

/** Done when every lesson is read and the quiz (if any) passed; started once anything is. */
export function moduleState(m: ModuleShape, p: ModuleProgressShape | null): ModuleState {
  const done = new Set(p?.doneLessons ?? []);
  const lessonsDone = m.lessons.every((l) => done.has(l.slug));
  if (lessonsDone && (!m.quiz || p?.quizPassed)) return 'done';
  return done.size > 0 || (p?.attemptsUsed ?? 0) > 0 ? 'in-progress' : 'not-started';
}

/**
 * Where Start / Resume leads: the first lesson not yet done, then the quiz while it can still be
 * taken; null when the module is done or its attempts are used up.
 */
export function moduleNextRoute(
  m: ModuleShape,
  p: ModuleProgressShape | null,
): RouteLocationRaw | null {
  const done = new Set(p?.doneLessons ?? []);
  const lesson = m.lessons.find((l) => !done.has(l.slug));
  if (lesson) return { name: 'lesson', params: { module: m.slug, lesson: lesson.slug } };
  const attemptsLeft = !p || p.attemptsAllowed === null || p.attemptsUsed < p.attemptsAllowed;
  if (m.quiz && !p?.quizPassed && attemptsLeft)
    return { name: 'module-quiz', params: { module: m.slug } };
  return null;
}

/** Reading time of the lessons not yet done, from the curriculum's minutes per lesson. */
export function minutesLeft(m: ModuleShape, p: ModuleProgressShape | null): number {
  const done = new Set(p?.doneLessons ?? []);
  return m.lessons.reduce((sum, l) => (done.has(l.slug) ? sum : sum + l.minutes), 0);
}

/** "45 min" or "2 h 5 min", in the interface language. */
export function formatDuration(
  t: (key: string, values: Record<string, number>) => string,
  minutes: number,
): string {
  if (minutes < 60) return t('ui.course.minutes', { minutes });
  return t('ui.course.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
