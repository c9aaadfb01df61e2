import type { Question } from '@academy/curriculum';
import { lccAnswer, parseLccScenario } from '@academy/lcc';
import type { DataSource } from 'typeorm';
import type { TestClient } from './test-app.js';

export const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { id courseSlug releaseId locale } }`;
export const ATTEMPT_FIELDS = `id number kind quizSlug submittedAt deadlineAt score maxScore fraction passed passMark attemptsAllowed
  questions { key type prompt unit values { name value } options { id text } answer { choice choices truth number order }
              feedback { score max correct explanation correctAnswer { choice choices truth number order } } }`;
export const START = `mutation($input: StartQuizInput!) { startQuizAttempt(input: $input) { ${ATTEMPT_FIELDS} } }`;
export const SAVE = `mutation($input: SaveAnswersInput!) { saveQuizAnswers(input: $input) { ${ATTEMPT_FIELDS} } }`;
export const SUBMIT = `mutation($input: SubmitAttemptInput!) { submitQuizAttempt(input: $input) { ${ATTEMPT_FIELDS} } }`;

export interface AttemptView {
  id: string;
  number: number;
  submittedAt: string | null;
  fraction: number | null;
  passed: boolean | null;
  questions: {
    key: string;
    type: string;
    prompt: string;
    values: { name: string; value: number }[];
    options: { id: string }[];
    feedback: { correct: boolean; explanation: string | null; correctAnswer: unknown } | null;
  }[];
}

export async function enrol(
  client: TestClient,
  releaseId: string,
  courseSlug = 'basics',
): Promise<string> {
  const res = await client.gql<{ enrol: { id: string } }>(ENROL, {
    input: { courseSlug, releaseId },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.enrol.id;
}

/** The answer keys, read straight from the database as the server sees them. */
export async function answerKeys(
  ds: DataSource,
  releaseId: string,
): Promise<Map<string, Question>> {
  const rows: { slug: string; questions: Question[] }[] = await ds.query(
    `SELECT slug, questions FROM release_quizzes WHERE release_id = $1 AND kind = 'module'`,
    [releaseId],
  );
  return new Map(rows.flatMap((r) => r.questions.map((q) => [`${r.slug}/${q.id}`, q] as const)));
}

/** The exercises of a release, for numeric questions whose inputs are drawn per attempt. */
export async function exerciseScenarios(
  ds: DataSource,
  releaseId: string,
): Promise<Map<string, unknown>> {
  const [row] = await ds.query(`SELECT exercises FROM curriculum_releases WHERE id = $1`, [
    releaseId,
  ]);
  return new Map(
    (row.exercises as { id: string; scenario: unknown }[]).map((e) => [e.id, e.scenario]),
  );
}

/** The answer for the inputs an attempt drew, computed independently with the engine. */
export function variantAnswer(
  q: Question,
  values: { name: string; value: number }[],
  exercises: Map<string, unknown>,
): number {
  if (q.type !== 'numeric' || !q.lcc?.vary) throw new Error('not a varied question');
  const scenario = structuredClone(exercises.get(q.lcc.exercise)) as Record<string, unknown>;
  for (const v of q.lcc.vary) {
    const parts = v.path.split('.');
    let node = scenario as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
    node[parts[parts.length - 1]!] = values.find((x) => x.name === v.name)!.value;
  }
  return lccAnswer(parseLccScenario(scenario), q.lcc.output)!;
}

export function rightAnswer(
  key: string,
  q: Question,
  drawn?: { values: { name: string; value: number }[]; exercises: Map<string, unknown> },
) {
  if (q.type === 'numeric' && q.lcc?.vary && drawn)
    return { key, number: variantAnswer(q, drawn.values, drawn.exercises) };
  switch (q.type) {
    case 'single':
      return { key, choice: q.answer };
    case 'multiple':
      return { key, choices: q.answer };
    case 'true-false':
      return { key, truth: q.answer };
    case 'numeric':
      return { key, number: q.answer };
    case 'ordering':
      return { key, order: q.answer };
  }
}

export function wrongAnswer(key: string, q: Question) {
  switch (q.type) {
    case 'single':
      return { key, choice: q.options.find((o) => o !== q.answer) };
    case 'multiple':
      return { key, choices: q.options.filter((o) => !q.answer.includes(o)) };
    case 'true-false':
      return { key, truth: !q.answer };
    case 'numeric':
      return { key, number: q.answer + 1000 + Math.abs(q.answer) };
    case 'ordering':
      return { key, order: [...q.answer].reverse() };
  }
}

const DONE = `mutation($input: LessonRefInput!) { markLessonDone(input: $input) { lastLesson } }`;

/** Takes a learner through the whole fixture course "basics": lessons, quizzes, final assessment. */
export async function completeFixtureCourse(
  client: TestClient,
  ds: DataSource,
  releaseId: string,
): Promise<string> {
  const enrolmentId = await enrol(client, releaseId);
  const keys = await answerKeys(ds, releaseId);
  const exercises = await exerciseScenarios(ds, releaseId);
  for (const [module, lesson] of [
    ['intro', 'first'],
    ['intro', 'second'],
    ['costs', 'lcc-basics'],
  ]) {
    await client.gql(DONE, { input: { enrolmentId, module, lesson } });
  }
  for (const module of ['intro', 'costs', undefined]) {
    const a = (
      await client.gql<{ startQuizAttempt: AttemptView }>(START, { input: { enrolmentId, module } })
    ).data!.startQuizAttempt;
    await client.gql(SUBMIT, {
      input: {
        attemptId: a.id,
        idempotencyKey: `complete-${a.id}`,
        answers: a.questions.map((q) =>
          rightAnswer(q.key, keys.get(q.key)!, { values: q.values, exercises }),
        ),
      },
    });
  }
  return enrolmentId;
}
