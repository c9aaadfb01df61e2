import { useFixtureApp } from '../../../test/fixture-app.js';
import { completeFixtureCourse } from '../../../test/learning-helpers.js';
import type { TestApp } from '../../../test/test-app.js';
import { createCohort, hostClient, JOIN, learnerClient } from '../cohort.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

const MINE = `{ myEnrolments { completedAt progress { missing } } myCertificates { total } }`;

describe('a cohort’s attendance rule', () => {
  it('holds back completion and the certificate until the participant attended enough sessions', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId, { minAttendance: 1 });
    const session = await host.client.gql<{ createCohortSession: { id: string } }>(
      `mutation($i: CreateSessionInput!) { createCohortSession(input: $i) { id } }`,
      {
        i: {
          cohortId: cohort.id,
          title: 'Kick-off',
          startsAt: '2025-09-01T12:00:00Z',
          endsAt: '2025-09-01T15:00:00Z',
        },
      },
    );
    const learner = await learnerClient(t);
    expect((await learner.client.gql(JOIN, { code: cohort.joinCode })).errors).toBeUndefined();
    await completeFixtureCourse(learner.client, t.dataSource, releaseId);

    let mine = await learner.client.gql<{
      myEnrolments: { completedAt: string | null; progress: { missing: string[] } }[];
      myCertificates: { total: number };
    }>(MINE);
    expect(mine.data?.myEnrolments[0]).toMatchObject({
      completedAt: null,
      progress: { missing: ['rule:attendance'] },
    });
    expect(mine.data?.myCertificates.total).toBe(0);

    const marked = await host.client.gql(
      `mutation($i: SetAttendanceInput!) { setAttendance(input: $i) { userId status } }`,
      {
        i: {
          sessionId: session.data!.createCohortSession.id,
          entries: [{ userId: learner.id, status: 'present' }],
        },
      },
    );
    expect(marked.errors).toBeUndefined();
    mine = await learner.client.gql(MINE);
    expect(mine.data?.myEnrolments[0]?.completedAt).not.toBeNull();
    expect(mine.data?.myCertificates.total).toBe(1);
  });
});
