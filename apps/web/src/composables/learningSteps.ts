import type { RouteLocationRaw } from 'vue-router';
import type { EnrolmentFieldsFragment, LearningCoursesQuery } from '../graphql/generated';

export type Enrolment = EnrolmentFieldsFragment;
export type NextStep = Enrolment['progress']['nextStep'];
export type LearningCourse = LearningCoursesQuery['courses'][number];

/** Where a next step leads: a lesson, a module quiz, the final assessment, or the course page. */
export function stepRoute(courseSlug: string, step: NextStep): RouteLocationRaw {
  if (step.kind === 'lesson' && step.module && step.lesson)
    return { name: 'lesson', params: { module: step.module, lesson: step.lesson } };
  if (step.kind === 'quiz' && step.module)
    return { name: 'module-quiz', params: { module: step.module } };
  if (step.kind === 'final-assessment')
    return { name: 'final-assessment', params: { course: courseSlug } };
  return { name: 'course', params: { slug: courseSlug } };
}

/**
 * The enrolment whose course contains this module. A module can sit in several courses (the
 * executive track reuses modules of the foundations course): then the one worked on last.
 */
export function enrolmentForModule(
  enrolments: readonly Enrolment[],
  module: string,
): Enrolment | null {
  const having = enrolments.filter((e) => e.progress.modules.some((m) => m.slug === module));
  return having.sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt))[0] ?? null;
}

export function courseForModule(
  courses: readonly LearningCourse[],
  module: string,
): LearningCourse | null {
  return courses.find((c) => c.modules.some((m) => m.slug === module)) ?? null;
}

/** Titles for a next step's module and lesson, when the course outline is known. */
export function stepTitles(
  course: LearningCourse | null | undefined,
  step: NextStep,
): { module: string; lesson: string } {
  const module = course?.modules.find((m) => m.slug === step.module);
  const lesson = module?.lessons.find((l) => l.slug === step.lesson);
  return { module: module?.title ?? step.module ?? '', lesson: lesson?.title ?? step.lesson ?? '' };
}

/** Whole percent for display; 0.999 is not yet 100 %. */
export const percent = (fraction: number | null | undefined): number =>
  Math.floor((fraction ?? 0) * 100 + 1e-9);
