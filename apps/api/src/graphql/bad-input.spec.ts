import { grantRoleInDb, registerUser, uniqueEmail } from '../../test/factories.js';
import { useFixtureApp } from '../../test/fixture-app.js';
import { enrol, START, SAVE, SUBMIT, type AttemptView } from '../../test/learning-helpers.js';
import type { TestApp, TestClient } from '../../test/test-app.js';
import { createCohort, hostClient } from '../cohorts/cohort.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string }[] } }[];
};

async function post(client: TestClient, query: string, variables: Record<string, unknown> = {}) {
  const res = await client.agent
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({ query, variables });
  return { status: res.status, body: res.body as Body };
}

async function admin(): Promise<TestClient> {
  const client = t.client();
  const user = await registerUser(client);
  await grantRoleInDb(t.dataSource, user.id, 'admin');
  return client;
}

describe('bad input is a 400, never a 500', () => {
  it('refuses ids that are not UUIDs, as arguments and inside inputs', async () => {
    const client = await admin();
    const grant = await post(
      client,
      `mutation { grantRole(input: { userId: "x", role: host }) { id } }`,
    );
    expect(grant.status).toBe(400);
    expect(grant.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(grant.body.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.userId');
    const attempt = await post(client, `query($id: ID!) { quizAttempt(id: $id) { id } }`, {
      id: "1' OR 1=1",
    });
    expect(attempt.status).toBe(400);
    expect(attempt.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await post(
      client,
      `query { certificate(id: "4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f") { id } }`,
    );
    expect(unknown).toMatchObject({ status: 200, body: { data: { certificate: null } } });
  });

  it('checks the variables of every request, also for a query text it has seen before', async () => {
    // The argument list is remembered per document; the values must not be.
    const client = await admin();
    const query = `query($id: ID!) { certificate(id: $id) { id } }`;
    const good = await post(client, query, { id: '4f1c2b9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f' });
    expect(good).toMatchObject({ status: 200, body: { data: { certificate: null } } });
    const bad = await post(client, query, { id: 'not-a-uuid' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('id');
    const nul = await post(client, `query($s: JSONObject!) { calculateLcc(scenario: $s) }`, {
      s: { currency: 'EUR', offers: [] },
    });
    expect(nul.status).not.toBe(400);
    const nulAgain = await post(client, `query($s: JSONObject!) { calculateLcc(scenario: $s) }`, {
      s: { currency: 'EUR\u0000', offers: [] },
    });
    expect(nulAgain.status).toBe(400);
  });

  it('refuses NUL characters in any text, in variables and in the query', async () => {
    const client = t.client();
    await registerUser(client);
    const viaVariable = await post(
      client,
      `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }`,
      { i: { displayName: 'Ann\u0000ie' } },
    );
    expect(viaVariable.status).toBe(400);
    expect(viaVariable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inline = await post(
      t.client(),
      `{ practices(locale: "en", search: "reuse\\u0000") { total } }`,
    );
    expect(inline.status).toBe(400);
    expect(inline.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nested = await post(t.client(), `query($s: JSONObject!) { calculateLcc(scenario: $s) }`, {
      s: { currency: 'EUR\u0000', offers: [] },
    });
    expect(nested.status).toBe(400);
  });

  it('refuses quiz answers that are not among the drawn question’s options', async () => {
    const client = t.client();
    await registerUser(client);
    const enrolmentId = await enrol(client, releaseId);
    const started = await client.gql<{ startQuizAttempt: AttemptView }>(START, {
      input: { enrolmentId, module: 'costs' },
    });
    const attempt = started.data!.startQuizAttempt;
    const ordering = attempt.questions.find((q) => q.type === 'ordering')!;
    const numeric = attempt.questions.find((q) => q.type === 'numeric')!;
    const ids = ordering.options.map((o) => o.id);
    const save = (answers: object[]) =>
      client.gql<{ saveQuizAnswers: AttemptView }>(SAVE, {
        input: { attemptId: attempt.id, answers },
      });

    for (const answers of [
      [{ key: ordering.key, order: [...ids.slice(1), 'Free text for the host'] }],
      [{ key: ordering.key, order: [ids[0], ids[0], ids[1]] }],
      [{ key: numeric.key, choice: 'anything' }],
    ]) {
      const res = await save(answers);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(answers)).toBe('BAD_USER_INPUT');
    }
    const submitted = await client.gql(SUBMIT, {
      input: {
        attemptId: attempt.id,
        answers: [{ key: ordering.key, choices: ['<script>'] }],
        idempotencyKey: 'bad-input-1',
      },
    });
    expect(submitted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fine = await save([
      { key: ordering.key, order: ids },
      { key: numeric.key, number: 12 },
    ]);
    expect(fine.errors).toBeUndefined();
  });

  it('accepts a 1,000-row participant CSV (about 150 KB) for the import preview', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const rows = Array.from(
      { length: 1000 },
      (_, i) =>
        `${uniqueEmail(`p${i}`)},Participant number ${i} with a longer name,Gemeente Voorbeeldstad ${i},nl`,
    );
    const csv = ['email,name,organisation,language', ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(100_000);
    const res = await post(
      host.client,
      `query($i: ParticipantCsvInput!) { previewParticipantImport(input: $i) { valid rows { line } } }`,
      { i: { cohortId: cohort.id, csv } },
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect((res.body.data?.previewParticipantImport as { rows: unknown[] }).rows).toHaveLength(
      1000,
    );
  });
});
