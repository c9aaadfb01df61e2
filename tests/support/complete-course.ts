import type { APIRequestContext } from 'playwright-core';
import type { Question } from '@academy/curriculum';
import { inject } from 'vitest';
import { rightAnswer } from '../../apps/api/test/learning-helpers.js';
import { gql as browserGql, query, type GqlCall } from './small-course.js';

/**
 * Completes a course of a release as the signed-in browser (its request context) or any other
 * GraphQL caller on the academy at `databaseUrl`: every lesson read, the module quizzes passed
 * where the course asks for them, then its final assessment, each answered right. By default the
 * small fixture course (`completeFixtureCourse` in apps/api/test/learning-helpers.ts does the same).
 */
export async function completeCourse(
  as: APIRequestContext | GqlCall,
  releaseId: string,
  databaseUrl = inject('e2eDatabaseUrl'),
  courseSlug = 'basics',
): Promise<void> {
  const gql: GqlCall =
    typeof as === 'function' ? as : (text, variables) => browserGql(as, text, variables);
  const { enrol } = await gql<{ enrol: { id: string } }>(
    `mutation($input: EnrolInput!) { enrol(input: $input) { id } }`,
    {
      input: { courseSlug, releaseId },
    },
  );
  const enrolmentId = enrol.id;
  const [course] = await query<{
    modules: string[];
    final_assessment: string | null;
    completion: { moduleQuizzes?: string };
  }>(
    `SELECT modules, final_assessment, completion FROM release_courses WHERE release_id = $1 AND slug = $2`,
    [releaseId, courseSlug],
    databaseUrl,
  );
  const lessons = await query<{ module_slug: string; slug: string }>(
    `SELECT module_slug, slug FROM release_lessons WHERE release_id = $1 AND module_slug = ANY($2) ORDER BY array_position($2, module_slug), position`,
    [releaseId, course!.modules],
    databaseUrl,
  );
  const banks = await query<{ slug: string; questions: Question[] }>(
    `SELECT slug, questions FROM release_quizzes WHERE release_id = $1 AND kind = 'module'`,
    [releaseId],
    databaseUrl,
  );
  const keys = new Map<string, Question>(
    banks.flatMap((b) => b.questions.map((q) => [`${b.slug}/${q.id}`, q] as const)),
  );
  // Numeric life-cycle-cost questions draw their inputs per attempt; the helper recomputes the answer.
  const [release] = await query<{ exercises: { id: string; scenario: unknown }[] }>(
    `SELECT exercises FROM curriculum_releases WHERE id = $1`,
    [releaseId],
    databaseUrl,
  );
  const exercises = new Map(release!.exercises.map((e) => [e.id, e.scenario] as const));
  for (const { module_slug: module, slug: lesson } of lessons) {
    await gql(
      `mutation($input: LessonRefInput!) { markLessonDone(input: $input) { lastLesson } }`,
      { input: { enrolmentId, module, lesson } },
    );
  }
  const quizzes = [
    ...(course!.completion.moduleQuizzes === 'none'
      ? []
      : course!.modules.filter((m) => banks.some((b) => b.slug === m))),
    ...(course!.final_assessment ? [undefined] : []),
  ];
  for (const module of quizzes) {
    const { startQuizAttempt: attempt } = await gql<{
      startQuizAttempt: {
        id: string;
        questions: { key: string; values: { name: string; value: number }[] }[];
      };
    }>(
      `mutation($input: StartQuizInput!) { startQuizAttempt(input: $input) { id questions { key values { name value } } } }`,
      { input: { enrolmentId, module } },
    );
    const { submitQuizAttempt } = await gql<{ submitQuizAttempt: { passed: boolean } }>(
      `mutation($input: SubmitAttemptInput!) { submitQuizAttempt(input: $input) { passed } }`,
      {
        input: {
          attemptId: attempt.id,
          idempotencyKey: `e2e-${attempt.id}`,
          answers: attempt.questions.map((q) =>
            rightAnswer(q.key, keys.get(q.key)!, { values: q.values, exercises }),
          ),
        },
      },
    );
    expect(submitQuizAttempt.passed).toBe(true);
  }
}
