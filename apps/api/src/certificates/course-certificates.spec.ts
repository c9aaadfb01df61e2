import { join } from 'node:path';
import { registerUser } from '../../test/factories.js';
import {
  answerKeys,
  enrol,
  rightAnswer,
  START,
  SUBMIT,
  type AttemptView,
} from '../../test/learning-helpers.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';

// The bundled curriculum has two courses with different completion rules and a certificate each:
// the decision-maker track needs its lessons and its own final assessment, not the module quizzes.
let t: TestApp;
let releaseId: string;

beforeAll(async () => {
  t = await bootTestApp();
  const outcomes = await importCurriculumFolder(
    t.dataSource,
    join(import.meta.dirname, '../../../../curriculum'),
    {},
  );
  releaseId = outcomes.find((o) => o.edition === null)!.releaseId;
});
afterAll(async () => {
  await t.close();
});

const DONE = `mutation($input: LessonRefInput!) { markLessonDone(input: $input) { lastLesson } }`;
const MINE = `{ myCertificates { total items { courseTitle } } }`;

describe('certificates per course', () => {
  it('issues the executive track its own certificate without the module quizzes, and nothing for the other course', async () => {
    const client = t.client();
    await registerUser(client, { displayName: 'Dora Decider' });
    const enrolmentId = await enrol(client, releaseId, 'circular-procurement-executive');
    await enrol(client, releaseId, 'circular-procurement-foundations');

    const [course] = await t.dataSource.query(
      `SELECT modules FROM release_courses WHERE release_id = $1 AND slug = $2`,
      [releaseId, 'circular-procurement-executive'],
    );
    const modules: { slug: string; lessons: string[] }[] = await t.dataSource.query(
      `SELECT slug, lessons FROM release_modules WHERE release_id = $1 AND slug = ANY($2)`,
      [releaseId, course.modules],
    );
    for (const m of modules)
      for (const lesson of m.lessons)
        await client.gql(DONE, { input: { enrolmentId, module: m.slug, lesson } });
    expect(
      (await client.gql<{ myCertificates: { total: number } }>(MINE)).data?.myCertificates.total,
    ).toBe(0);

    const keys = await answerKeys(t.dataSource, releaseId);
    const attempt = (
      await client.gql<{ startQuizAttempt: AttemptView }>(START, { input: { enrolmentId } })
    ).data!.startQuizAttempt;
    expect(attempt.questions).toHaveLength(12);
    expect(attempt.questions.every((q) => course.modules.includes(q.key.split('/')[0]))).toBe(true);
    const submitted = await client.gql<{ submitQuizAttempt: AttemptView }>(SUBMIT, {
      input: {
        attemptId: attempt.id,
        idempotencyKey: `exec-${attempt.id}`,
        answers: attempt.questions.map((q) => rightAnswer(q.key, keys.get(q.key)!)),
      },
    });
    expect(submitted.data?.submitQuizAttempt.passed).toBe(true);

    const mine = await client.gql<{
      myCertificates: { total: number; items: { courseTitle: string }[] };
    }>(MINE);
    expect(mine.data?.myCertificates.items.map((c) => c.courseTitle)).toEqual([
      'Circular Procurement for Decision Makers',
    ]);
  });
});
