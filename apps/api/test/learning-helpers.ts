import type { Question } from '@academy/curriculum';
import type { DataSource } from 'typeorm';
import type { TestClient } from './test-app.js';

export const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { id courseSlug releaseId locale } }`;
export const ATTEMPT_FIELDS = `id number kind quizSlug submittedAt deadlineAt score maxScore fraction passed passMark attemptsAllowed
  questions { key type prompt unit options { id text } answer { choice choices truth number order }
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
  questions: { key: string; type: string; options: { id: string }[]; feedback: { correct: boolean; explanation: string | null; correctAnswer: unknown } | null }[];
}

export async function enrol(client: TestClient, releaseId: string, courseSlug = 'basics'): Promise<string> {
  const res = await client.gql<{ enrol: { id: string } }>(ENROL, { input: { courseSlug, releaseId } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.enrol.id;
}

/** The answer keys, read straight from the database as the server sees them. */
export async function answerKeys(ds: DataSource, releaseId: string): Promise<Map<string, Question>> {
  const rows: { slug: string; questions: Question[] }[] = await ds.query(
    `SELECT slug, questions FROM release_quizzes WHERE release_id = $1 AND kind = 'module'`,
    [releaseId],
  );
  return new Map(rows.flatMap((r) => r.questions.map((q) => [`${r.slug}/${q.id}`, q] as const)));
}

export function rightAnswer(key: string, q: Question) {
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
export async function completeFixtureCourse(client: TestClient, ds: DataSource, releaseId: string): Promise<string> {
  const enrolmentId = await enrol(client, releaseId);
  const keys = await answerKeys(ds, releaseId);
  for (const [module, lesson] of [['intro', 'first'], ['intro', 'second'], ['costs', 'lcc-basics']]) {
    await client.gql(DONE, { input: { enrolmentId, module, lesson } });
  }
  for (const module of ['intro', 'costs', undefined]) {
    const a = (await client.gql<{ startQuizAttempt: AttemptView }>(START, { input: { enrolmentId, module } })).data!.startQuizAttempt;
    await client.gql(SUBMIT, {
      input: { attemptId: a.id, idempotencyKey: `complete-${a.id}`, answers: a.questions.map((q) => rightAnswer(q.key, keys.get(q.key)!)) },
    });
  }
  return enrolmentId;
}
