import { useFixtureApp } from '../../../test/fixture-app.js';
import { type TestApp } from '../../../test/test-app.js';
import { createCohort, crowd, hostClient, JOIN, learnerClient } from '../cohort.fixtures.js';
import { CODE_ALPHABET } from '../codes.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

describe('creating a cohort', () => {
  it('stores the settings with defaults, makes the creator owner, and hands out a join code and link', async () => {
    const host = await hostClient(t);
    const coHost = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId, {
      coHostEmails: [coHost.email.toUpperCase()],
      minAttendance: 0.8,
      moduleUnlocks: [{ module: 'costs', unlocksAt: '2025-10-01T08:00:00Z' }],
    });
    expect(cohort).toMatchObject({
      capacity: 40,
      participantCount: 0,
      locale: 'en',
      timeZone: 'Europe/Amsterdam',
      minAttendance: 0.8,
      joinOpen: true,
      viewerIsHost: true,
    });
    expect(cohort.joinCode).toMatch(new RegExp(`^[${CODE_ALPHABET}]{10}$`));
    expect(cohort.joinUrl).toMatch(new RegExp(`/join/${cohort.joinCode}$`));
    expect((cohort.hosts as { role: string }[]).map((h) => h.role).sort()).toEqual([
      'co-host',
      'owner',
    ]);
    expect(cohort.moduleUnlocks).toEqual([
      { module: 'costs', unlocksAt: '2025-10-01T08:00:00.000Z' },
    ]);
    const seen = await coHost.client.gql<{ cohort: { viewerIsHost: boolean } }>(
      `query($id: ID!) { cohort(cohortId: $id) { viewerIsHost } }`,
      { id: cohort.id },
    );
    expect(seen.data?.cohort.viewerIsHost).toBe(true);
  });

  it('rejects a bad time zone, an unknown course, a language the release lacks and a co-host without the role', async () => {
    const host = await hostClient(t);
    const learner = await learnerClient(t);
    const attempt = (o: Record<string, unknown>) =>
      createCohort(host.client, releaseId, o).then(
        () => 'ok',
        (e: Error) => e.message,
      );
    expect(await attempt({ timeZone: 'Mars/Olympus' })).toMatch(/BAD_USER_INPUT.*timeZone/);
    expect(await attempt({ courseSlug: 'nope' })).toMatch(/NOT_FOUND/);
    expect(await attempt({ locale: 'fr' })).toMatch(/BAD_USER_INPUT/);
    expect(await attempt({ coHostEmails: [learner.email] })).toMatch(
      /BAD_USER_INPUT.*coHostEmails/,
    );
    expect(await attempt({ endsOn: '2025-01-01' })).toMatch(/BAD_USER_INPUT/);
  });
});

describe('joining', () => {
  it('joins by code (case and dashes ignored), pins the enrolment, links an existing self-paced one, and is idempotent', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId, { locale: 'nl' });
    const learner = await learnerClient(t);
    await learner.client.gql(
      `mutation($r: ID) { enrol(input: { courseSlug: "basics", releaseId: $r }) { id } }`,
      { r: releaseId },
    );
    const code = cohort.joinCode!.toLowerCase().replace(/^(.{4})/, '$1-');
    const joined = await learner.client.gql<{
      joinCohort: { id: string; participantCount: number };
    }>(JOIN, { code });
    expect(joined.data?.joinCohort).toEqual({ id: cohort.id, participantCount: 1 });
    const again = await learner.client.gql<{ joinCohort: { participantCount: number } }>(JOIN, {
      code: cohort.joinCode,
    });
    expect(again.data?.joinCohort.participantCount).toBe(1);
    const rows = await t.dataSource.query(
      `SELECT cohort_id, release_id, locale FROM enrolments WHERE user_id = $1`,
      [learner.id],
    );
    expect(rows).toEqual([{ cohort_id: cohort.id, release_id: releaseId, locale: 'nl' }]);
  });

  it('stops the old code after rotation and refuses joins while closed', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const rotated = await host.client.gql<{ rotateJoinCode: { joinCode: string } }>(
      `mutation($id: ID!) { rotateJoinCode(cohortId: $id) { joinCode } }`,
      { id: cohort.id },
    );
    const fresh = rotated.data!.rotateJoinCode.joinCode;
    expect(fresh).not.toBe(cohort.joinCode);
    const learner = await learnerClient(t);
    expect(
      (await learner.client.gql(JOIN, { code: cohort.joinCode })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    await host.client.gql(
      `mutation($id: ID!) { setCohortJoinOpen(input: { cohortId: $id, open: false }) { joinOpen } }`,
      { id: cohort.id },
    );
    expect((await learner.client.gql(JOIN, { code: fresh })).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    await host.client.gql(
      `mutation($id: ID!) { setCohortJoinOpen(input: { cohortId: $id, open: true }) { joinOpen } }`,
      { id: cohort.id },
    );
    expect((await learner.client.gql(JOIN, { code: fresh })).data).toBeTruthy();
  });

  it('admits exactly 40 of 60 people joining at the same moment into a cohort of 40', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId, { capacity: 40 });
    const people = await crowd(t, 60, 'racer');
    const results = await Promise.all(
      people.map((p) => p.client.gql(JOIN, { code: cohort.joinCode })),
    );
    const ok = results.filter((r) => r.data?.joinCohort).length;
    const full = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length;
    expect({ ok, full }).toEqual({ ok: 40, full: 20 });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM cohort_members WHERE cohort_id = $1`,
      [cohort.id],
    );
    const [{ e }] = await t.dataSource.query(
      `SELECT count(*)::int AS e FROM enrolments WHERE cohort_id = $1`,
      [cohort.id],
    );
    expect({ n, e }).toEqual({ n: 40, e: 40 });
  });

  it('refuses joining a second cohort of the same course', async () => {
    const host = await hostClient(t);
    const first = await createCohort(host.client, releaseId);
    const second = await createCohort(host.client, releaseId);
    const learner = await learnerClient(t);
    await learner.client.gql(JOIN, { code: first.joinCode });
    expect(
      (await learner.client.gql(JOIN, { code: second.joinCode })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
  });
});
