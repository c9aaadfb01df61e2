import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { useFixtureApp } from '../../test/fixture-app.js';
import { type LrsSimulator, startLrs } from '../../test/lrs-simulator.js';
import type { TestApp } from '../../test/test-app.js';
import { createCohort, hostClient, JOIN, learnerClient } from '../cohorts/cohort.fixtures.js';

const ACADEMY = 'https://academy.example.test';
const SESSION = `mutation($i: CreateSessionInput!) { createCohortSession(input: $i) { id checkInCode } }`;
const SET = `mutation($i: SetAttendanceInput!) { setAttendance(input: $i) { userId status } }`;
const CHECK_IN = `mutation($c: String!) { checkIn(input: { code: $c }) { status } }`;
const at = (hours: number) =>
  new Date(Math.round(Date.now() / 60_000) * 60_000 + hours * 3_600_000);

type Statement = {
  id: string;
  actor: { account?: { name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { id: string; definition: { type: string } };
  result?: { completion?: boolean; duration?: string };
  context: { registration: string; contextActivities: { parent?: { id: string }[] } };
  timestamp: string;
};

let t: TestApp;
let releaseId: string;
let lrs: LrsSimulator;
useFixtureApp(
  async (app) => {
    ({ t, releaseId } = app);
    lrs = await startLrs();
    const admin = t.client();
    await grantRoleInDb(t.dataSource, (await registerUser(admin)).id, 'admin');
    const res = await admin.gql(
      `mutation($input: XapiStoreInput!) { addXapiStore(input: $input) { id } }`,
      {
        input: {
          name: 'City LRS',
          endpoint: lrs.endpoint,
          key: lrs.key,
          secret: lrs.secret,
          enabled: true,
          shareEmail: false,
        },
      },
    );
    expect(res.errors).toBeUndefined();
  },
  { PUBLIC_URL: ACADEMY, SECRETS_KEY: 'a-test-secrets-key-of-32-characters-or-more' },
);
afterAll(() => lrs?.close());

const attended = (userId: string) =>
  lrs.statements
    .map((s) => s.statement as unknown as Statement)
    .filter((s) => s.actor.account?.name === userId && s.verb.id.endsWith('/attended'));

async function waitFor(check: () => boolean, what: string) {
  const deadline = Date.now() + 30_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('xAPI attended statements', () => {
  it('sends one when a host marks someone present, never for absence or a re-save', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const [a, b] = [await learnerClient(t), await learnerClient(t)];
    for (const l of [a, b]) await l.client.gql(JOIN, { code: cohort.joinCode });
    const startsAt = at(-5);
    const s = await host.client.gql<{ createCohortSession: { id: string } }>(SESSION, {
      i: {
        cohortId: cohort.id,
        title: 'Day 1',
        startsAt: startsAt.toISOString(),
        endsAt: at(-2).toISOString(),
      },
    });
    const sessionId = s.data!.createCohortSession.id;
    const set = (entries: { userId: string; status: string }[]) =>
      host.client.gql(SET, { i: { sessionId, entries } });
    expect(
      (
        await set([
          { userId: a.id, status: 'present' },
          { userId: b.id, status: 'absent' },
        ])
      ).errors,
    ).toBeUndefined();
    await waitFor(() => attended(a.id).length === 1, 'a’s attended statement');
    // A re-save keeps a present; b arrives late and is marked present now.
    await set([
      { userId: a.id, status: 'present' },
      { userId: b.id, status: 'present' },
    ]);
    await waitFor(() => attended(b.id).length === 1, 'b’s attended statement');
    await new Promise((r) => setTimeout(r, 1500)); // room for a duplicate to show, if any
    expect(attended(a.id)).toHaveLength(1);

    const [statement] = attended(a.id);
    const [enrolment] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM enrolments WHERE user_id = $1 AND cohort_id = $2`,
      [a.id, cohort.id],
    );
    expect(statement).toMatchObject({
      verb: { id: 'http://adlnet.gov/expapi/verbs/attended', display: { en: 'attended' } },
      object: {
        id: `${ACADEMY}/xapi/activities/cohorts/${cohort.id}/sessions/${sessionId}`,
        definition: { type: 'http://adlnet.gov/expapi/activities/meeting' },
      },
      result: { completion: true, duration: 'PT180M' },
      context: {
        registration: enrolment!.id,
        contextActivities: { parent: [{ id: `${ACADEMY}/xapi/activities/courses/basics` }] },
      },
      timestamp: startsAt.toISOString(),
    });
    // Every statement passed the LRS's xAPI 1.0.3 checks.
    expect(lrs.refused.filter((r) => r.status === 400)).toEqual([]);
  }, 60_000);

  it('sends one when a participant checks in', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const learner = await learnerClient(t);
    await learner.client.gql(JOIN, { code: cohort.joinCode });
    const s = await host.client.gql<{ createCohortSession: { id: string; checkInCode: string } }>(
      SESSION,
      {
        i: {
          cohortId: cohort.id,
          title: 'Now',
          startsAt: at(0.1).toISOString(),
          endsAt: at(1.1).toISOString(),
        },
      },
    );
    const code = s.data!.createCohortSession.checkInCode;
    expect((await learner.client.gql(CHECK_IN, { c: code })).errors).toBeUndefined();
    expect((await learner.client.gql(CHECK_IN, { c: code })).errors).toBeUndefined();
    await waitFor(() => attended(learner.id).length === 1, 'the check-in statement');
    await new Promise((r) => setTimeout(r, 1500));
    expect(attended(learner.id)).toHaveLength(1);
    expect(attended(learner.id)[0]!.result?.duration).toBe('PT60M');
  }, 60_000);
});
