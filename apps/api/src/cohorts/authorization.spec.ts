import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { grantRoleInDb } from '../../test/factories.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';
import { cohortOps, type CohortIds, type Op } from './authorization.ops.js';
import { createCohort, hostClient, JOIN, learnerClient } from './cohort.fixtures.js';

let t: TestApp;
let releaseId: string;
const fixture = curriculumCopy();
let owner: TestClient;
let otherHost: TestClient;
let learner: TestClient;
let participant: TestClient;
let admin: TestClient;
let cohortId: string;
let sessionId: string;
let participantId: string;
let checkInCode: string;
const ids: CohortIds = { cohortId: '', sessionId: '', participantId: '', checkInCode: '' };
const ops = cohortOps(ids);

beforeAll(async () => {
  t = await bootTestApp();
  const [core] = await importCurriculumFolder(t.dataSource, fixture.root);
  releaseId = core!.releaseId;
  owner = (await hostClient(t)).client;
  otherHost = (await hostClient(t)).client;
  learner = (await learnerClient(t)).client;
  const p = await learnerClient(t);
  participant = p.client;
  participantId = p.id;
  const a = await learnerClient(t);
  await grantRoleInDb(t.dataSource, a.id, 'admin');
  admin = a.client;
  const cohort = await createCohort(owner, releaseId, { name: 'Owner’s cohort' });
  cohortId = cohort.id;
  await participant.gql(JOIN, { code: cohort.joinCode });
  const s = await owner.gql<{ createCohortSession: { id: string; checkInCode: string } }>(
    `mutation($i: CreateSessionInput!) { createCohortSession(input: $i) { id checkInCode } }`,
    {
      i: {
        cohortId,
        title: 'Now',
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    },
  );
  sessionId = s.data!.createCohortSession.id;
  checkInCode = s.data!.createCohortSession.checkInCode;
  Object.assign(ids, { cohortId, sessionId, participantId, checkInCode });
});
afterAll(async () => {
  fixture.cleanup();
  await t.close();
});

const outcome = async (c: TestClient, op: Op): Promise<string> => {
  const res = await c.gql(op.query(), op.vars());
  return res.errors?.[0]?.extensions?.code ?? (res.data ? 'OK' : 'NO DATA');
};

describe('cohort authorization', () => {
  it.each(ops.map((op) => [op.name, op] as const))(
    '%s: anonymous → UNAUTHENTICATED, strangers refused',
    async (_name, op) => {
      expect(await outcome(t.client(), op)).toBe('UNAUTHENTICATED');
      expect(await outcome(learner, op)).toBe(op.learner);
      expect(await outcome(otherHost, op)).toBe(op.otherHost);
    },
  );

  it('lets the cohort’s participant do what participants may, and nothing more', async () => {
    for (const op of ops)
      expect(`${op.name}: ${await outcome(participant, op)}`).toBe(`${op.name}: ${op.participant}`);
  });

  it('leaves the cohort unchanged after a stranger’s and a second host’s attempts', async () => {
    // Makes its own attempts, so it proves something when run alone or in any order.
    for (const op of ops) {
      expect(await outcome(learner, op)).toBe(op.learner);
      expect(await outcome(otherHost, op)).toBe(op.otherHost);
    }
    const [row] = await t.dataSource.query(`SELECT name, join_open FROM cohorts WHERE id = $1`, [
      cohortId,
    ]);
    expect(row).toEqual({ name: 'Owner’s cohort', join_open: true });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM cohort_announcements WHERE cohort_id = $1`,
      [cohortId],
    );
    expect(n).toBe(0);
  });

  it('keeps host lists, creation and the learner-side queries to the right people', async () => {
    const HOSTED = `{ hostedCohorts { total items { id } } }`;
    expect((await t.client().gql(HOSTED)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await learner.gql(HOSTED)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const theirs = await otherHost.gql<{ hostedCohorts: { items: { id: string }[] } }>(HOSTED);
    expect(theirs.data!.hostedCohorts.items.map((c) => c.id)).not.toContain(cohortId);
    const all = await admin.gql<{ hostedCohorts: { total: number; items: { id: string }[] } }>(
      `{ hostedCohorts(limit: 200) { total items { id } } }`,
    );
    expect(all.data!.hostedCohorts.items.map((c) => c.id)).toContain(cohortId);
    expect(
      (
        await admin.gql(`query($id: ID!) { cohortDashboard(cohortId: $id) { cohortId } }`, {
          id: cohortId,
        })
      ).errors,
    ).toBeUndefined();

    const CREATE = `mutation { createCohort(input: { name: "X", courseSlug: "basics", locale: "en", startsOn: "2030-01-01", endsOn: "2030-01-02", timeZone: "UTC" }) { id } }`;
    expect((await t.client().gql(CREATE)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await learner.gql(CREATE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const MINE = `{ myCohorts { cohort { id joinCode } } }`;
    expect((await t.client().gql(MINE)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await learner.gql<{ myCohorts: unknown[] }>(MINE)).data?.myCohorts).toEqual([]);
    expect((await participant.gql<{ myCohorts: unknown[] }>(MINE)).data?.myCohorts).toEqual([
      { cohort: { id: cohortId, joinCode: null } },
    ]);

    const JOIN_ANON = await t.client().gql(JOIN, { code: 'ABCDEFGHJK' });
    expect(JOIN_ANON.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const ACCEPT = `mutation { acceptInvitation(input: { token: "this-token-does-not-exist-000" }) { cohortId } }`;
    expect((await t.client().gql(ACCEPT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await learner.gql(ACCEPT)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('multi-step sequences', () => {
  const IMPORT = `mutation($i: ParticipantCsvInput!) { importParticipants(input: $i) { invited } }`;
  const OUTBOX = `query($id: ID!) { cohortOutbox(cohortId: $id) { items { toEmail body } } }`;
  const ACCEPT = `mutation($token: String!) { acceptInvitation(input: { token: $token }) { status } }`;
  const DASHBOARD = `query($id: ID!) { cohortDashboard(cohortId: $id) { participants { userId } } }`;
  const REVOKE = `mutation($u: ID!) { revokeRole(input: { userId: $u, role: host }) { roles } }`;
  const exportStatus = async (c: TestClient, id: string, kind: string) =>
    (await c.agent.get(`/cohorts/${id}/export/${kind}.csv`)).status;

  async function invite(cohort: string, email: string): Promise<string> {
    await owner.gql(IMPORT, { i: { cohortId: cohort, csv: `email,name\n${email},Invitee\n` } });
    const outbox = await owner.gql<{
      cohortOutbox: { items: { toEmail: string; body: string }[] };
    }>(OUTBOX, { id: cohort });
    return /\/invitation\/([A-Za-z0-9_-]+)/.exec(
      outbox.data!.cohortOutbox.items.find((m) => m.toEmail === email)!.body,
    )![1]!;
  }

  it('import → dashboard: the host does not see an existing account before it accepts', async () => {
    const cohort = await createCohort(owner, releaseId);
    const person = await learnerClient(t);
    await person.client.gql(
      `mutation($r: ID) { enrol(input: { courseSlug: "basics", releaseId: $r }) { id } }`,
      { r: releaseId },
    );
    const token = await invite(cohort.id, person.email);
    const seen = async () =>
      (
        await owner.gql<{ cohortDashboard: { participants: { userId: string }[] } }>(DASHBOARD, {
          id: cohort.id,
        })
      ).data!.cohortDashboard.participants.map((p) => p.userId);
    expect(await seen()).toEqual([]);
    expect((await owner.agent.get(`/cohorts/${cohort.id}/export/progress.csv`)).text).not.toContain(
      person.email,
    );
    await person.client.gql(ACCEPT, { token });
    expect(await seen()).toEqual([person.id]);
  });

  it('invitation → accept by someone else (host, participant, stranger) is refused; the invitee still can', async () => {
    const cohort = await createCohort(owner, releaseId);
    const invitee = await learnerClient(t);
    const token = await invite(cohort.id, invitee.email);
    for (const other of [owner, participant, learner, admin]) {
      const res = await other.gql(ACCEPT, { token });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'INVITATION_FOR_ANOTHER_EMAIL',
      });
    }
    expect((await t.client().gql(ACCEPT, { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await invitee.client.gql<{ acceptInvitation: { status: string } }>(ACCEPT, { token })).data
        ?.acceptInvitation.status,
    ).toBe('joined');
  });

  it('revoke role → every host-only query, mutation and export is refused, for owned and co-hosted cohorts', async () => {
    const coHost = await hostClient(t);
    await owner.gql(
      `mutation($id: ID!, $e: String!) { addCoHost(input: { cohortId: $id, email: $e }) { id } }`,
      { id: cohortId, e: coHost.email },
    );
    const formerOwner = await hostClient(t);
    const own = await createCohort(formerOwner.client, releaseId);
    expect(await exportStatus(coHost.client, cohortId, 'progress')).toBe(200);
    expect(await exportStatus(formerOwner.client, own.id, 'progress')).toBe(200);

    for (const u of [coHost.id, formerOwner.id])
      expect((await admin.gql(REVOKE, { u })).errors).toBeUndefined();

    for (const op of ops)
      expect(`${op.name}: ${await outcome(coHost.client, op)}`).toBe(`${op.name}: ${op.learner}`);
    for (const kind of ['progress', 'attendance', 'quiz-results']) {
      expect(await exportStatus(coHost.client, cohortId, kind)).toBe(404);
      expect(await exportStatus(formerOwner.client, own.id, kind)).toBe(404);
    }
    expect((await coHost.client.agent.get(`/cohorts/${cohortId}/calendar.ics`)).status).toBe(404);
    const q = await formerOwner.client.gql(
      `query($id: ID!) { cohortDashboard(cohortId: $id) { cohortId } }`,
      { id: own.id },
    );
    expect(q.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const view = await formerOwner.client.gql(
      `query($id: ID!) { cohort(cohortId: $id) { id joinCode } }`,
      { id: own.id },
    );
    expect(view.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
