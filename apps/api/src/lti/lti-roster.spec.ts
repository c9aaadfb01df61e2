import { grantRoleInDb } from '../../test/factories.js';
import { useFixtureApp } from '../../test/fixture-app.js';
import { type PlatformSimulator, startPlatform } from '../../test/lti-platform.js';
import type { TestApp, TestClient } from '../../test/test-app.js';
import {
  cookieClient,
  createCohort,
  hostClient,
  learnerClient,
} from '../cohorts/cohort.fixtures.js';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim';
const NRPS = 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice';
const NRPS_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
const ROLE = 'http://purl.imsglobal.org/vocab/lis/v2/membership#';
const ACADEMY = 'https://academy.example.test';
const REGISTER = `mutation($input: LtiPlatformInput!) { registerLtiPlatform(input: $input) { id } }`;
const ROSTERS = `{ ltiCourseRosters { id courseTitle platformName } }`;
const PREVIEW = `query($c: ID!, $r: ID!) { ltiRosterPreview(cohortId: $c, rosterId: $r) {
  courseTitle leftOut freePlaces fits entries { name email action reason } } }`;
const IMPORT = `mutation($c: ID!, $r: ID!) { importLtiRoster(cohortId: $c, rosterId: $r) { joined invited invitationsSent } }`;
const PARTICIPANTS = `query($id: ID!) { cohortParticipants(cohortId: $id) { total items { userId } } }`;

let t: TestApp;
let releaseId: string;
let platform: PlatformSimulator;
useFixtureApp(
  async (app) => {
    ({ t, releaseId } = app);
    platform = await startPlatform();
    const admin = await hostClient(t);
    await grantRoleInDb(t.dataSource, admin.id, 'admin');
    const res = await admin.client.gql(REGISTER, {
      input: {
        name: 'Moodle of Rosterville',
        issuer: platform.issuer,
        clientId: platform.clientId,
        deploymentIds: [platform.deploymentId],
        authLoginUrl: platform.authLoginUrl,
        jwksUrl: platform.jwksUrl,
        tokenUrl: platform.tokenUrl,
      },
    });
    expect(res.errors).toBeUndefined();
    platform.trustTool((await t.client().agent.get('/lti/jwks.json')).body.keys);
  },
  { PUBLIC_URL: ACADEMY },
);
afterAll(() => platform?.close());

/** A launch from the platform's course 7, as the person `sub` with `roles`; returns their client. */
async function launchAs(sub: string, roles: string[], extra: Record<string, unknown> = {}) {
  const login = await t
    .client()
    .agent.post('/lti/login')
    .type('form')
    .send({
      iss: platform.issuer,
      login_hint: sub,
      target_link_uri: `${ACADEMY}/`,
      client_id: platform.clientId,
    });
  const url = new URL(login.headers.location as string);
  const idToken = await platform.idToken(url.searchParams.get('nonce')!, {
    sub,
    name: `Person ${sub}`,
    [`${LTI}/roles`]: roles,
    [`${LTI}/context`]: { id: 'course-7', title: 'Circular procurement 101', label: 'CP101' },
    [NRPS]: { context_memberships_url: platform.membershipsUrl, service_versions: ['2.0'] },
    ...extra,
  });
  const res = await t
    .client()
    .agent.post('/lti/launch')
    .type('form')
    .send({ id_token: idToken, state: url.searchParams.get('state') });
  expect(res.status).toBe(303);
  const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) =>
    c.startsWith('academy_session='),
  )!;
  const client = cookieClient(t, cookie.split(';')[0]!.split('=')[1]!);
  const me = await client.gql<{ me: { id: string } }>(`{ me { id } }`);
  return { client, id: me.data!.me.id };
}

type Preview = {
  ltiRosterPreview: {
    courseTitle: string;
    leftOut: number;
    freePlaces: number;
    fits: boolean;
    entries: { name: string; email: string | null; action: string; reason: string | null }[];
  };
};

async function teacher(): Promise<{ client: TestClient; id: string; rosterId: string }> {
  const sub = `teacher-${Math.random().toString(36).slice(2, 8)}`;
  const { client, id } = await launchAs(sub, [`${ROLE}Instructor`]);
  await grantRoleInDb(t.dataSource, id, 'host');
  const rosters = await client.gql<{ ltiCourseRosters: { id: string; courseTitle: string }[] }>(
    ROSTERS,
  );
  expect(rosters.data?.ltiCourseRosters).toEqual([
    expect.objectContaining({ courseTitle: 'Circular procurement 101' }),
  ]);
  return { client, id, rosterId: rosters.data!.ltiCourseRosters[0]!.id };
}

describe('Names and Role Provisioning: a cohort from the platform course roster', () => {
  it('previews the roster page by page, matches linked people by sub, and imports', async () => {
    const linkedSub = `learner-${Date.now()}`;
    const linked = await launchAs(linkedSub, [`${ROLE}Learner`]);
    const { client, rosterId } = await teacher();
    const cohort = await createCohort(client, releaseId, { capacity: 10 });
    const stamp = Date.now();
    platform.setMembers(
      [
        { user_id: 'teacher-x', roles: [`${ROLE}Instructor`], name: 'Tess Teacher' },
        // The linked learner's platform email differs from any academy address: matched by sub.
        { user_id: linkedSub, roles: [`${ROLE}Learner`], email: 'someone-else@example.org' },
        {
          user_id: 'new-1',
          roles: [`${ROLE}Learner`],
          given_name: 'Nina',
          family_name: 'New',
          email: `nina-${stamp}@example.org`,
        },
        {
          user_id: 'gone-1',
          roles: [`${ROLE}Learner`],
          status: 'Inactive',
          email: 'g@example.org',
        },
        { user_id: 'private-1', roles: [`${ROLE}Learner`], name: 'Pat Private' },
        {
          user_id: 'new-2',
          roles: [`${ROLE}Learner`],
          name: 'Olaf',
          email: `olaf-${stamp}@example.org`,
        },
      ],
      2,
    );
    const before = platform.rosterPages.length;
    const preview = await client.gql<Preview>(PREVIEW, { c: cohort.id, r: rosterId });
    expect(preview.errors).toBeUndefined();
    expect(platform.rosterPages.length - before).toBe(3); // followed rel="next" twice
    expect(platform.assertions.at(-1)).toMatchObject({ iss: platform.clientId });
    const p = preview.data!.ltiRosterPreview;
    expect(p).toMatchObject({ courseTitle: 'Circular procurement 101', leftOut: 2, fits: true });
    expect(p.entries).toEqual([
      { name: 'someone-else', email: 'someone-else@example.org', action: 'JOIN', reason: null },
      { name: 'Nina New', email: `nina-${stamp}@example.org`, action: 'INVITE', reason: null },
      { name: 'Pat Private', email: null, action: 'SKIP', reason: 'NO_EMAIL' },
      { name: 'Olaf', email: `olaf-${stamp}@example.org`, action: 'INVITE', reason: null },
    ]);
    const none = await client.gql<{ cohortParticipants: { total: number } }>(PARTICIPANTS, {
      id: cohort.id,
    });
    expect(none.data?.cohortParticipants.total).toBe(0); // the preview wrote nothing

    const done = await client.gql<{ importLtiRoster: Record<string, number> }>(IMPORT, {
      c: cohort.id,
      r: rosterId,
    });
    expect(done.errors).toBeUndefined();
    expect(done.data?.importLtiRoster).toMatchObject({ joined: 1, invited: 2 });
    const members = await client.gql<{ cohortParticipants: { items: { userId: string }[] } }>(
      PARTICIPANTS,
      { id: cohort.id },
    );
    expect(members.data?.cohortParticipants.items.map((m) => m.userId)).toEqual([linked.id]);

    const again = await client.gql<Preview>(PREVIEW, { c: cohort.id, r: rosterId });
    expect(again.data!.ltiRosterPreview.entries.map((e) => e.action)).toEqual([
      'MEMBER',
      'INVITED',
      'SKIP',
      'INVITED',
    ]);
    expect(again.data!.ltiRosterPreview.freePlaces).toBe(7);
  });

  it('refuses an import that does not fit, writing nothing', async () => {
    const { client, rosterId } = await teacher();
    const cohort = await createCohort(client, releaseId, { capacity: 1 });
    platform.setMembers(
      ['a', 'b'].map((x) => ({
        user_id: `fit-${x}`,
        roles: [`${ROLE}Learner`],
        name: x,
        email: `fit-${x}-${Date.now()}@example.org`,
      })),
    );
    const preview = await client.gql<Preview>(PREVIEW, { c: cohort.id, r: rosterId });
    expect(preview.data!.ltiRosterPreview).toMatchObject({ fits: false, freePlaces: 1 });
    const res = await client.gql(IMPORT, { c: cohort.id, r: rosterId });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('1 free places');
  });

  it('says clearly when the platform denies the roster scope', async () => {
    const { client, rosterId } = await teacher();
    const cohort = await createCohort(client, releaseId);
    platform.denyScopes([NRPS_SCOPE]);
    try {
      const res = await client.gql(PREVIEW, { c: cohort.id, r: rosterId });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'LTI_SCOPE_DENIED',
        scope: NRPS_SCOPE,
      });
      expect(res.errors?.[0]?.message).toContain('Moodle of Rosterville refused');
    } finally {
      platform.denyScopes([]);
    }
  });

  it('keeps a course to the teacher who launched from it; learners remember none', async () => {
    const { client, rosterId } = await teacher();
    const cohort = await createCohort(client, releaseId);
    const otherHost = await hostClient(t);
    expect(
      (await otherHost.client.gql<{ ltiCourseRosters: unknown[] }>(ROSTERS)).data?.ltiCourseRosters,
    ).toEqual([]);
    const own = await createCohort(otherHost.client, releaseId);
    const stolen = await otherHost.client.gql(PREVIEW, { c: own.id, r: rosterId });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The teacher cannot import into a cohort they do not host.
    const foreign = await client.gql(IMPORT, { c: own.id, r: rosterId });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const learner = await learnerClient(t);
    const refused = await learner.client.gql(PREVIEW, { c: cohort.id, r: rosterId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const student = await launchAs(`student-${Date.now()}`, [`${ROLE}Learner`]);
    const rows = await t.dataSource.query(`SELECT 1 FROM lti_course_rosters WHERE user_id = $1`, [
      student.id,
    ]);
    expect(rows).toHaveLength(0);
  });
});
