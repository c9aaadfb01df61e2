import { randomUUID } from 'node:crypto';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { registerUser } from '../../test/factories.js';
import {
  answerKeys,
  enrol,
  exerciseScenarios,
  rightAnswer,
  SAVE,
  START,
  SUBMIT,
  wrongAnswer,
  type AttemptView,
} from '../../test/learning-helpers.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { countStatements } from '../../test/sql-counter.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';
import type { Question } from '@academy/curriculum';

let t: TestApp;
let releaseId: string;
let keys: Map<string, Question>;
let exercises: Map<string, unknown>;
const fixture = curriculumCopy();

beforeAll(async () => {
  t = await bootTestApp();
  const [core] = await importCurriculumFolder(t.dataSource, fixture.root);
  releaseId = core!.releaseId;
  keys = await answerKeys(t.dataSource, releaseId);
  exercises = await exerciseScenarios(t.dataSource, releaseId);
});
afterAll(async () => {
  fixture.cleanup();
  await t.close();
});

async function learner(): Promise<{ client: TestClient; enrolmentId: string }> {
  const client = t.client();
  await registerUser(client);
  return { client, enrolmentId: await enrol(client, releaseId) };
}

const start = async (c: TestClient, enrolmentId: string, module?: string) => {
  const res = await c.gql<{ startQuizAttempt: AttemptView }>(START, {
    input: { enrolmentId, module },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.startQuizAttempt;
};
const submit = (
  c: TestClient,
  attemptId: string,
  answers: object[],
  idempotencyKey: string = randomUUID(),
) =>
  c.gql<{ submitQuizAttempt: AttemptView }>(SUBMIT, {
    input: { attemptId, answers, idempotencyKey },
  });

/** Every string the server knows only as an answer key or an explanation. */
function secrets(): string[] {
  const texts = ['Linear means take, make, dispose.', 'They are not.'];
  return [...texts, '7751.74', '"c","a","b"'];
}

describe('quiz attempts', () => {
  it('draws on the server and never sends an answer key before submission', async () => {
    const { client, enrolmentId } = await learner();
    const responses: string[] = [];
    const startRes = await client.agent
      .post('/graphql')
      .send({ query: START, variables: { input: { enrolmentId, module: 'costs' } } });
    responses.push(startRes.text);
    const attempt = startRes.body.data.startQuizAttempt as AttemptView;
    expect(attempt.questions.map((q) => q.type).sort()).toEqual(['numeric', 'ordering']);
    const ordering = attempt.questions.find((q) => q.type === 'ordering')!;
    expect(ordering.options.map((o) => o.id)).not.toEqual(['c', 'a', 'b']); // never shown solved
    const save = await client.agent.post('/graphql').send({
      query: SAVE,
      variables: {
        input: { attemptId: attempt.id, answers: [{ key: 'costs/lamps-difference', number: 1 }] },
      },
    });
    responses.push(save.text);
    const again = await client.agent
      .post('/graphql')
      .send({ query: START, variables: { input: { enrolmentId, module: 'costs' } } });
    responses.push(again.text);
    expect(again.body.data.startQuizAttempt.id).toBe(attempt.id); // resumes, no new draw
    const view = await client.agent.post('/graphql').send({
      query: `query($id: ID!) { quizAttempt(id: $id) { questions { feedback { correct } } } }`,
      variables: { id: attempt.id },
    });
    responses.push(view.text);
    for (const body of responses) {
      for (const secret of secrets()) expect(body).not.toContain(secret);
      expect(body).not.toMatch(/"feedback":\{/);
    }
    expect(
      JSON.parse(save.text).data.saveQuizAnswers.questions.find(
        (q: { key: string }) => q.key === 'costs/lamps-difference',
      ).answer.number,
    ).toBe(1);
  });

  it('grades every question type on the server and explains after submission', async () => {
    const { client, enrolmentId } = await learner();
    for (const module of ['intro', 'costs']) {
      const attempt = await start(client, enrolmentId, module);
      const res = await submit(
        client,
        attempt.id,
        attempt.questions.map((q) =>
          rightAnswer(q.key, keys.get(q.key)!, { values: q.values, exercises }),
        ),
      );
      const graded = res.data!.submitQuizAttempt;
      expect(graded.fraction).toBe(1);
      expect(graded.passed).toBe(true);
      expect(
        graded.questions.every(
          (q) => q.feedback?.correct === true && q.feedback.correctAnswer !== null,
        ),
      ).toBe(true);
    }
  });

  it('fails a wrong attempt, shows why, and lets the learner pass on a second attempt', async () => {
    const { client, enrolmentId } = await learner();
    const first = await start(client, enrolmentId, 'intro');
    const failed = (
      await submit(
        client,
        first.id,
        first.questions.map((q) => wrongAnswer(q.key, keys.get(q.key)!)),
      )
    ).data!.submitQuizAttempt;
    expect(failed.passed).toBe(false);
    expect(failed.fraction).toBe(0);
    const linear = failed.questions.find((q) => q.key === 'intro/linear-definition')!;
    expect(linear.feedback).toMatchObject({
      correct: false,
      explanation: 'Linear means take, make, dispose.',
      correctAnswer: { choice: 'b' },
    });
    const second = await start(client, enrolmentId, 'intro');
    expect(second.number).toBe(2);
    const passed = (
      await submit(
        client,
        second.id,
        second.questions.map((q) =>
          rightAnswer(q.key, keys.get(q.key)!, { values: q.values, exercises }),
        ),
      )
    ).data!.submitQuizAttempt;
    expect(passed.passed).toBe(true);
  });

  it('hides explanations until a pass when the quiz says after-pass', async () => {
    const { client, enrolmentId } = await learner();
    const attempt = await start(client, enrolmentId, 'costs');
    const failed = (await submit(client, attempt.id, [])).data!.submitQuizAttempt;
    expect(failed.passed).toBe(false);
    expect(
      failed.questions.every(
        (q) =>
          q.feedback !== null &&
          q.feedback.correctAnswer === null &&
          q.feedback.explanation === null,
      ),
    ).toBe(true);
  });

  it('enforces the attempt limit', async () => {
    const { client, enrolmentId } = await learner();
    for (let i = 0; i < 3; i++) {
      const a = await start(client, enrolmentId, 'intro');
      await submit(client, a.id, []);
    }
    const refused = await client.gql(START, { input: { enrolmentId, module: 'intro' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toBe('You have used all 3 attempts at this quiz.');
  });

  it('records exactly one graded attempt when submitted twice at once (two tabs)', async () => {
    const { client, enrolmentId } = await learner();
    const attempt = await start(client, enrolmentId, 'intro');
    const right = attempt.questions.map((q) =>
      rightAnswer(q.key, keys.get(q.key)!, { values: q.values, exercises }),
    );
    const wrong = attempt.questions.map((q) => wrongAnswer(q.key, keys.get(q.key)!));
    const [a, b] = await Promise.all([
      submit(client, attempt.id, right, 'tab-one-key'),
      submit(client, attempt.id, wrong, 'tab-two-key'),
    ]);
    expect(a.data!.submitQuizAttempt.fraction).toBe(b.data!.submitQuizAttempt.fraction);
    expect(a.data!.submitQuizAttempt.submittedAt).toBe(b.data!.submitQuizAttempt.submittedAt);
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM quiz_attempts WHERE enrolment_id = $1 AND submitted_at IS NOT NULL`,
      [enrolmentId],
    );
    expect(rows[0].n).toBe(1);
    const retry = await submit(client, attempt.id, wrong, 'tab-one-key');
    expect(retry.data!.submitQuizAttempt.fraction).toBe(a.data!.submitQuizAttempt.fraction);
  });

  it('enforces the time limit on the server: late answers do not count, saved ones do', async () => {
    const { client, enrolmentId } = await learner();
    const attempt = await start(client, enrolmentId); // the final assessment has 60 minutes
    expect(attempt.questions).toHaveLength(3);
    const [first, ...rest] = attempt.questions;
    await client.gql(SAVE, {
      input: {
        attemptId: attempt.id,
        answers: [
          rightAnswer(first!.key, keys.get(first!.key)!, { values: first!.values, exercises }),
        ],
      },
    });
    await t.dataSource.query(
      `UPDATE quiz_attempts SET deadline_at = now() - interval '5 minutes' WHERE id = $1`,
      [attempt.id],
    );
    const lateSave = await client.gql(SAVE, { input: { attemptId: attempt.id, answers: [] } });
    expect(lateSave.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const graded = (
      await submit(
        client,
        attempt.id,
        rest.map((q) => rightAnswer(q.key, keys.get(q.key)!, { values: q.values, exercises })),
      )
    ).data!.submitQuizAttempt;
    const correct = graded.questions.filter((q) => q.feedback?.correct).map((q) => q.key);
    expect(correct).toEqual([first!.key]);
  });

  it('answers NOT_FOUND for another learner’s attempt and enrolment', async () => {
    const owner = await learner();
    const attempt = await start(owner.client, owner.enrolmentId, 'intro');
    const other = await learner();
    const view = await other.client.gql(`query($id: ID!) { quizAttempt(id: $id) { id } }`, {
      id: attempt.id,
    });
    expect(view.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const steal = await submit(other.client, attempt.id, []);
    expect(steal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const startOnTheirs = await other.client.gql(START, {
      input: { enrolmentId: owner.enrolmentId, module: 'intro' },
    });
    expect(startOnTheirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await t
      .client()
      .gql(START, { input: { enrolmentId: owner.enrolmentId, module: 'intro' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('draws the inputs of an LCC question per attempt and grades against the engine’s answer for them', async () => {
    const seen = new Set<number>();
    for (let i = 0; i < 6; i++) {
      const { client, enrolmentId } = await learner();
      const attempt = await start(client, enrolmentId, 'costs');
      const q = attempt.questions.find((x) => x.key === 'costs/lamps-difference')!;
      const rate = q.values.find((v) => v.name === 'rate')!.value;
      seen.add(rate);
      expect(q.prompt).toContain(
        new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 }).format(rate),
      );
      const graded = (
        await submit(client, attempt.id, [
          rightAnswer(q.key, keys.get(q.key)!, { values: q.values, exercises }),
        ])
      ).data!.submitQuizAttempt;
      expect(graded.questions.find((x) => x.key === q.key)!.feedback!.correct).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('rejects answers to questions that are not in the attempt', async () => {
    const { client, enrolmentId } = await learner();
    const attempt = await start(client, enrolmentId, 'intro');
    const res = await client.gql(SAVE, {
      input: { attemptId: attempt.id, answers: [{ key: 'costs/cycle-order', order: ['a'] }] },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('resuming an attempt (a hot path)', () => {
  it('costs the session, the enrolment, the cohort gate and the attempts in progress: 4 statements', async () => {
    const { client, enrolmentId } = await learner();
    const first = await start(client, enrolmentId, 'costs');
    await start(client, enrolmentId, 'costs'); // per-release caches warm
    const again = await countStatements(() => start(client, enrolmentId, 'costs'));
    expect(again.result.id).toBe(first.id);
    expect(again.statements).toHaveLength(4);
  });
});
