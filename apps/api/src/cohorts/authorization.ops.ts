/**
 * The table behind cohorts/authorization.spec.ts: every cohort query and mutation with what an
 * anonymous caller, a learner outside the cohort, a host of another cohort and the cohort's own
 * participant get. Kept apart so the spec reads as the checks it runs.
 */
export const ZERO = '00000000-0000-4000-8000-000000000000';

/** The cohort under test, set by the spec's beforeAll. */
export interface CohortIds {
  cohortId: string;
  sessionId: string;
  participantId: string;
  checkInCode: string;
}

export type Expect = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'OK';
export interface Op {
  name: string;
  query: () => string;
  vars: () => Record<string, unknown>;
  /** What a learner who is not in the cohort gets, and what a host of another cohort gets. */
  learner: Expect;
  otherHost: Expect;
  /** What the cohort's own participant gets. */
  participant: Expect;
}

const csvInput = (ids: CohortIds) => ({
  i: { cohortId: ids.cohortId, csv: 'email,name\nx@example.test,X\n' },
});
/** Every cohort operation, with who may call it; `ids` is filled in once the cohort exists. */
export function cohortOps(ids: CohortIds): Op[] {
  return [
    {
      name: 'cohort',
      query: () => `query($id: ID!) { cohort(cohortId: $id) { id } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'NOT_FOUND',
      otherHost: 'NOT_FOUND',
      participant: 'OK',
    },
    {
      name: 'cohortParticipants',
      query: () => `query($id: ID!) { cohortParticipants(cohortId: $id) { total } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'NOT_FOUND',
      otherHost: 'NOT_FOUND',
      participant: 'OK',
    },
    {
      name: 'cohortSessions',
      query: () => `query($id: ID!) { cohortSessions(cohortId: $id) { id } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'NOT_FOUND',
      otherHost: 'NOT_FOUND',
      participant: 'OK',
    },
    {
      name: 'cohortAnnouncements',
      query: () => `query($id: ID!) { cohortAnnouncements(cohortId: $id) { total } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'NOT_FOUND',
      otherHost: 'NOT_FOUND',
      participant: 'OK',
    },
    {
      name: 'cohortDashboard',
      query: () => `query($id: ID!) { cohortDashboard(cohortId: $id) { cohortId } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'cohortOutbox',
      query: () => `query($id: ID!) { cohortOutbox(cohortId: $id) { total } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'sessionAttendance',
      query: () => `query($s: ID!) { sessionAttendance(sessionId: $s) { userId } }`,
      vars: () => ({ s: ids.sessionId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'previewParticipantImport',
      query: () =>
        `query($i: ParticipantCsvInput!) { previewParticipantImport(input: $i) { valid } }`,
      vars: () => csvInput(ids),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'updateCohort',
      query: () =>
        `mutation($id: ID!) { updateCohort(input: { cohortId: $id, name: "Hijacked" }) { id } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'addCoHost',
      query: () =>
        `mutation($id: ID!) { addCoHost(input: { cohortId: $id, email: "nobody@example.test" }) { id } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'removeCoHost',
      query: () =>
        `mutation($id: ID!, $u: ID!) { removeCoHost(input: { cohortId: $id, userId: $u }) { id } }`,
      vars: () => ({ id: ids.cohortId, u: ZERO }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'createCohortSession',
      query: () =>
        `mutation($id: ID!) { createCohortSession(input: { cohortId: $id, title: "X", startsAt: "2030-01-01T10:00:00Z", endsAt: "2030-01-01T11:00:00Z" }) { id } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'updateCohortSession',
      query: () =>
        `mutation($s: ID!) { updateCohortSession(input: { sessionId: $s, title: "X", startsAt: "2030-01-01T10:00:00Z", endsAt: "2030-01-01T11:00:00Z" }) { id } }`,
      vars: () => ({ s: ids.sessionId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'deleteCohortSession',
      query: () => `mutation($s: ID!) { deleteCohortSession(sessionId: $s) }`,
      vars: () => ({ s: ids.sessionId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'setAttendance',
      query: () =>
        `mutation($s: ID!, $u: ID!) { setAttendance(input: { sessionId: $s, entries: [{ userId: $u, status: absent }] }) { userId } }`,
      vars: () => ({ s: ids.sessionId, u: ids.participantId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'postAnnouncement',
      query: () =>
        `mutation($id: ID!) { postAnnouncement(input: { cohortId: $id, title: "Spam", body: "Spam" }) { id } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'rotateJoinCode',
      query: () => `mutation($id: ID!) { rotateJoinCode(cohortId: $id) { id } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'setCohortJoinOpen',
      query: () =>
        `mutation($id: ID!) { setCohortJoinOpen(input: { cohortId: $id, open: false }) { id } }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'importParticipants',
      query: () =>
        `mutation($i: ParticipantCsvInput!) { importParticipants(input: $i) { invited } }`,
      vars: () => csvInput(ids),
      learner: 'FORBIDDEN',
      otherHost: 'NOT_FOUND',
      participant: 'FORBIDDEN',
    },
    {
      name: 'setCohortNameVisibility',
      query: () =>
        `mutation($id: ID!) { setCohortNameVisibility(input: { cohortId: $id, visible: true }) }`,
      vars: () => ({ id: ids.cohortId }),
      learner: 'NOT_FOUND',
      otherHost: 'NOT_FOUND',
      participant: 'OK',
    },
    {
      name: 'checkIn',
      query: () => `mutation($c: String!) { checkIn(input: { code: $c }) { status } }`,
      vars: () => ({ c: ids.checkInCode }),
      learner: 'NOT_FOUND',
      otherHost: 'NOT_FOUND',
      participant: 'OK',
    },
  ];
}
