import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import {
  answerKeys,
  completeFixtureCourse,
  enrol,
  START,
  SUBMIT,
  wrongAnswer,
  type AttemptView,
} from '../../test/learning-helpers.js';
import { type LrsSimulator, startLrs } from '../../test/lrs-simulator.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';
import { XapiDeliveryService, type XapiStatementJob } from './xapi-delivery.service.js';
import { statementId } from './xapi-statements.js';

const ACADEMY = 'https://academy.example.test';
const STORE_FIELDS = 'id name endpoint key enabled shareEmail secretsSealed';
const ADD = `mutation($input: XapiStoreInput!) { addXapiStore(input: $input) { ${STORE_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateXapiStoreInput!) { updateXapiStore(input: $input) { ${STORE_FIELDS} } }`;
const REMOVE = `mutation($id: ID!) { removeXapiStore(id: $id) }`;

type Statement = {
  id: string;
  actor: Record<string, unknown>;
  verb: { id: string };
  object: { id: string; definition: { type: string } };
  result?: { success?: boolean; score?: { raw: number; max: number; scaled: number } };
  context: { registration: string; revision: string; language: string };
  timestamp: string;
};

let t: TestApp;
let admin: TestClient;
let lrs: LrsSimulator;
let storeId: string;
const fixture = curriculumCopy();
let releaseId: string;

beforeAll(async () => {
  t = await bootTestApp({
    PUBLIC_URL: ACADEMY,
    CURRICULUM_DIR: fixture.root,
    SECRETS_KEY: 'a-test-secrets-key-of-32-characters-or-more',
  });
  const [core] = await importCurriculumFolder(t.dataSource, fixture.root);
  releaseId = core!.releaseId;
  admin = t.client();
  await grantRoleInDb(t.dataSource, (await registerUser(admin)).id, 'admin');
  lrs = await startLrs();
  const res = await admin.gql<{ addXapiStore: { id: string } }>(ADD, {
    input: {
      name: 'City LRS',
      endpoint: lrs.endpoint,
      key: lrs.key,
      secret: lrs.secret,
      enabled: true,
      shareEmail: false,
    },
  });
  expect(res.errors).toBeUndefined();
  storeId = res.data!.addXapiStore.id;
});

afterAll(async () => {
  fixture.cleanup();
  await lrs?.close();
  await t?.close();
});

const of = (userId: string) =>
  lrs.statements
    .map((s) => s.statement as unknown as Statement)
    .filter((s) => (s.actor.account as { name?: string } | undefined)?.name === userId);
const verb = (s: Statement) => s.verb.id.split('/').pop();

async function waitFor(check: () => boolean, what: string) {
  const deadline = Date.now() + 30_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('xAPI store configuration', () => {
  it('is for administrators only', async () => {
    const learner = t.client();
    await registerUser(learner);
    expect((await learner.gql(`{ xapiStores { id } }`)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const add = await learner.gql(ADD, {
      input: { name: 'x', endpoint: 'https://lrs.example/', key: 'k', secret: 's', enabled: true },
    });
    expect(add.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await learner.gql(REMOVE, { id: storeId })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const anonymous = await t.client().gql(`{ xapiStores { id } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never shows the secret and keeps it sealed at rest', async () => {
    const list = await admin.gql<{ xapiStores: Record<string, unknown>[] }>(
      `{ xapiStores { ${STORE_FIELDS} } }`,
    );
    const store = list.data!.xapiStores.find((s) => s.id === storeId)!;
    expect(store).toMatchObject({
      endpoint: lrs.endpoint.replace(/\/$/, ''),
      key: lrs.key,
      secretsSealed: true,
    });
    expect(JSON.stringify(list)).not.toContain(lrs.secret);
    const [row] = await t.dataSource.query<{ sealed_secret: string }[]>(
      `SELECT sealed_secret FROM xapi_stores WHERE id = $1`,
      [storeId],
    );
    expect(row!.sealed_secret).toMatch(/^aes256gcm:/);
    expect(row!.sealed_secret).not.toContain(lrs.secret);
  });

  it('refuses a store without a secret or with a bad endpoint', async () => {
    const input = { name: 'x', endpoint: 'https://lrs.example/', key: 'k', enabled: true };
    const noSecret = await admin.gql(ADD, { input });
    expect(noSecret.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badUrl = await admin.gql(ADD, {
      input: { ...input, secret: 's', endpoint: 'ftp://lrs.example' },
    });
    expect(badUrl.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await admin.gql(UPDATE, {
      input: { ...input, id: '00000000-0000-4000-8000-000000000000' },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('xAPI statements', () => {
  it('sends what a learner does, once each, retrying when the store is away', async () => {
    const learner = t.client();
    const user = await registerUser(learner);
    // A failed attempt first, then the whole course (three passed quizzes, a certificate).
    const enrolmentId = await enrol(learner, releaseId);
    const keys = await answerKeys(t.dataSource, releaseId);
    const a = (
      await learner.gql<{ startQuizAttempt: AttemptView }>(START, {
        input: { enrolmentId, module: 'intro' },
      })
    ).data!.startQuizAttempt;
    lrs.failNext(1);
    const failed = await learner.gql<{ submitQuizAttempt: AttemptView }>(SUBMIT, {
      input: {
        attemptId: a.id,
        idempotencyKey: `fail-${a.id}`,
        answers: a.questions.map((q) => wrongAnswer(q.key, keys.get(q.key)!)),
      },
    });
    expect(failed.data?.submitQuizAttempt.passed).toBe(false);
    await completeFixtureCourse(learner, t.dataSource, releaseId);

    const expected = { launched: 3, experienced: 3, attempted: 4, failed: 1, passed: 3 };
    await waitFor(
      () =>
        of(user.id).some((s) => verb(s) === 'completed') &&
        of(user.id).some((s) => verb(s) === 'earned') &&
        Object.entries(expected).every(
          ([v, n]) => of(user.id).filter((s) => verb(s) === v).length >= n,
        ),
      'the learner’s statements',
    );
    // One `answered` per question of each graded attempt (all were answered, right or wrong).
    const [{ questions }] = await t.dataSource.query<[{ questions: number }]>(
      `SELECT sum(jsonb_array_length(questions))::int AS questions FROM quiz_attempts WHERE user_id = $1`,
      [user.id],
    );
    expect(questions).toBeGreaterThan(4);
    await waitFor(
      () => of(user.id).filter((s) => verb(s) === 'answered').length >= questions,
      'answers',
    );
    await new Promise((r) => setTimeout(r, 1500)); // room for duplicates to show, if any
    const mine = of(user.id);
    const counts: Record<string, number> = {};
    for (const s of mine) counts[verb(s)!] = (counts[verb(s)!] ?? 0) + 1;
    expect(counts).toEqual({ ...expected, completed: 1, earned: 1, answered: questions });
    expect(lrs.refused.filter((r) => r.status === 503)).toHaveLength(1);
    expect(lrs.refused.filter((r) => r.status !== 503)).toEqual([]);
    expect(lrs.statements.every((s) => s.method === 'PUT' && s.statementId)).toBe(true);
    expect(new Set(mine.map((s) => s.id)).size).toBe(mine.length);

    for (const s of mine) {
      expect(s.actor).toEqual({
        objectType: 'Agent',
        account: { homePage: ACADEMY, name: user.id },
      });
      expect(JSON.stringify(s)).not.toContain(user.email);
      expect(s.object.id.startsWith(`${ACADEMY}/`)).toBe(true);
      expect(s.context).toMatchObject({ registration: enrolmentId, revision: '1.2.0' });
      expect(s.context.language).toMatch(/^[a-z]{2}/);
    }
    const lesson = mine.find((s) => verb(s) === 'experienced')!;
    expect(lesson.object.definition.type).toBe('http://adlnet.gov/expapi/activities/lesson');
    expect(lesson.object.id).toMatch(
      new RegExp(`^${ACADEMY}/xapi/activities/modules/[a-z-]+/lessons/[a-z-]+$`),
    );
    const wrong = mine.filter(
      (s) =>
        verb(s) === 'answered' &&
        s.object.id.startsWith(`${ACADEMY}/xapi/activities/modules/intro/quiz/questions/`),
    );
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.some((s) => s.result?.success === false)).toBe(true);
    for (const answer of mine.filter((s) => verb(s) === 'answered')) {
      expect(answer.object.definition.type).toBe('http://adlnet.gov/expapi/activities/question');
      expect(answer.object.id).toMatch(
        /\/quiz\/questions\/[^/]+\/[^/]+$|\/assessments\/[a-z0-9-]+\/questions\/[^/]+\/[^/]+$/,
      );
    }
    const miss = mine.find((s) => verb(s) === 'failed')!;
    expect(miss.object.id).toBe(`${ACADEMY}/xapi/activities/modules/intro/quiz`);
    expect(miss.result).toMatchObject({ success: false, score: { raw: 0 } });
    for (const pass of mine.filter((s) => verb(s) === 'passed')) {
      expect(pass.result?.success).toBe(true);
      expect(pass.result?.score?.raw).toBe(pass.result?.score?.max);
      expect(pass.result?.score?.scaled).toBe(1);
    }
    expect(mine.find((s) => verb(s) === 'completed')!.object.id).toBe(
      `${ACADEMY}/xapi/activities/courses/basics`,
    );
    const earned = mine.find((s) => verb(s) === 'earned')!;
    const [certificate] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM certificates WHERE enrolment_id = $1`,
      [enrolmentId],
    );
    expect(earned.object.id).toBe(`${ACADEMY}/verify/${certificate!.id}`);
  }, 60_000);

  it('derives statement ids from the record, so a retried job stores nothing twice', async () => {
    const learner = t.client();
    const user = await registerUser(learner);
    const enrolmentId = await enrol(learner, releaseId);
    const record = {
      type: 'course-completed' as const,
      at: '2026-12-06T01:00:00.000Z',
      enrolment: {
        id: enrolmentId,
        userId: user.id,
        courseSlug: 'basics',
        releaseId,
        locale: 'nl',
      },
    };
    const job: XapiStatementJob = { storeId, record };
    const delivery = t.app.get(XapiDeliveryService);
    await delivery.send(job);
    await delivery.send(job); // the LRS answers 409 (id exists): delivered, not an error
    const sent = of(user.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.id).toBe(statementId(ACADEMY, record));
    expect(sent[0]!.context.language).toBe('nl');
    expect(lrs.refused.at(-1)?.status).toBe(409);
  });

  it('shares the e-mail address only when the store is configured to, and skips disabled stores', async () => {
    const learner = t.client();
    const user = await registerUser(learner);
    const enrolmentId = await enrol(learner, releaseId);
    const record = {
      type: 'course-completed' as const,
      at: '2026-12-06T02:00:00.000Z',
      enrolment: {
        id: enrolmentId,
        userId: user.id,
        courseSlug: 'basics',
        releaseId,
        locale: 'en',
      },
    };
    const delivery = t.app.get(XapiDeliveryService);
    const shared = await delivery.statement(record, true);
    expect(shared!.actor).toEqual({ objectType: 'Agent', mbox: `mailto:${user.email}` });

    const update = await admin.gql(UPDATE, {
      input: {
        id: storeId,
        name: 'City LRS',
        endpoint: lrs.endpoint,
        key: lrs.key,
        enabled: false,
        shareEmail: false,
      },
    });
    expect(update.errors).toBeUndefined();
    const before = lrs.statements.length;
    await delivery.send({ storeId, record });
    // Nothing is queued for a disabled store either: open a lesson and wait a moment.
    await learner.gql(
      `mutation($input: LessonRefInput!) { openLesson(input: $input) { lastLesson } }`,
      { input: { enrolmentId, module: 'intro', lesson: 'first' } },
    );
    await new Promise((r) => setTimeout(r, 2500));
    expect(lrs.statements.length).toBe(before);
    // Updating without a secret kept the stored one: re-enabled, the store takes statements again.
    await admin.gql(UPDATE, {
      input: {
        id: storeId,
        name: 'City LRS',
        endpoint: lrs.endpoint,
        key: lrs.key,
        enabled: true,
        shareEmail: false,
      },
    });
    await delivery.send({ storeId, record });
    expect(of(user.id)).toHaveLength(1);
  }, 30_000);
});
