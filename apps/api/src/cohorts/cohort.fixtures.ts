// Test helpers for the cohorts specs (not a spec: *.fixtures.ts files are excluded from the build).
import { randomBytes } from 'node:crypto';
import supertest from 'supertest';
import { grantRoleInDb, registerUser, uniqueEmail } from '../../test/factories.js';
import type { GqlResult, TestApp, TestClient } from '../../test/test-app.js';
import { hashSessionToken, newSessionToken } from '../identity/session-tokens.js';

export const COHORT_FIELDS = `id name courseSlug releaseId locale capacity participantCount startsOn endsOn timeZone minAttendance
  joinCode joinUrl joinOpen viewerIsHost hosts { userId displayName role } moduleUnlocks { module unlocksAt }`;
export const CREATE = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { ${COHORT_FIELDS} } }`;
export const JOIN = `mutation($code: String!) { joinCohort(input: { code: $code }) { id participantCount } }`;

export interface CohortView {
  id: string;
  joinCode: string | null;
  participantCount: number;
  [k: string]: unknown;
}

export async function hostClient(
  t: TestApp,
): Promise<{ client: TestClient; id: string; email: string }> {
  const client = t.client();
  const user = await registerUser(client, {
    displayName: `Host ${randomBytes(2).toString('hex')}`,
  });
  await grantRoleInDb(t.dataSource, user.id, 'host');
  return { client, ...user };
}

export async function learnerClient(
  t: TestApp,
): Promise<{ client: TestClient; id: string; email: string }> {
  const client = t.client();
  const user = await registerUser(client);
  return { client, ...user };
}

export async function createCohort(
  client: TestClient,
  releaseId: string,
  overrides: Record<string, unknown> = {},
): Promise<CohortView> {
  const input = {
    name: 'Pressure cooker',
    courseSlug: 'basics',
    releaseId,
    locale: 'en',
    startsOn: '2025-09-01',
    endsOn: '2025-12-01',
    timeZone: 'Europe/Amsterdam',
    ...overrides,
  };
  const res = await client.gql<{ createCohort: CohortView }>(CREATE, { input });
  if (!res.data?.createCohort)
    throw new Error(`createCohort failed: ${JSON.stringify(res.errors)}`);
  return res.data.createCohort;
}

/** A signed-in client for a user made straight in SQL (no password hashing): fast for crowds. */
export function cookieClient(t: TestApp, token: string): TestClient {
  const server = t.app.getHttpServer();
  const agent = supertest.agent(server);
  return {
    agent,
    async gql<T>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
      const res = await supertest(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('Cookie', `academy_session=${token}`)
        .send({ query, variables });
      return res.body as GqlResult<T>;
    },
  };
}

/** Creates `count` users with sessions in three statements; returns their ids and clients. */
export async function crowd(
  t: TestApp,
  count: number,
  tag = 'p',
): Promise<{ id: string; email: string; name: string; client: TestClient }[]> {
  const emails = Array.from({ length: count }, () => uniqueEmail(tag));
  const names = emails.map(
    (_, i) =>
      `${tag.toUpperCase()} ${String(i).padStart(3, '0')} ${randomBytes(2).toString('hex')}`,
  );
  const users: { id: string; email: string }[] = await t.dataSource.query(
    `INSERT INTO users (email, email_key, display_name, password_hash)
     SELECT e, e, n, '!test' FROM unnest($1::text[], $2::text[]) AS x(e, n) RETURNING id, email`,
    [emails, names],
  );
  const tokens = users.map(() => newSessionToken());
  await t.dataSource.query(
    `INSERT INTO sessions (user_id, token_hash, expires_at) SELECT u, h, now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS x(u, h)`,
    [users.map((u) => u.id), tokens.map(hashSessionToken)],
  );
  return users.map((u, i) => ({
    id: u.id,
    email: u.email,
    name: names[emails.indexOf(u.email)]!,
    client: cookieClient(t, tokens[i]!),
  }));
}

/** Adds users as participants directly (for dashboard/attendance set-up), enrolments included. */
export async function addMembersInDb(
  t: TestApp,
  cohortId: string,
  userIds: string[],
): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO cohort_members (cohort_id, user_id, calendar_token) SELECT $1, u, md5(random()::text) || md5(u::text) FROM unnest($2::uuid[]) u`,
    [cohortId, userIds],
  );
  await t.dataSource.query(
    `INSERT INTO enrolments (user_id, course_slug, release_id, locale, cohort_id)
     SELECT u, c.course_slug, c.release_id, c.locale, c.id FROM cohorts c, unnest($2::uuid[]) u WHERE c.id = $1`,
    [cohortId, userIds],
  );
}
