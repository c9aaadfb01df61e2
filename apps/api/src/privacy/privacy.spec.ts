import { randomBytes } from 'node:crypto';
import { createCohort, hostClient } from '../cohorts/cohort.fixtures.js';
import { grantRoleInDb, PASSWORD, registerUser, uniqueEmail } from '../../test/factories.js';
import { completeFixtureCourse } from '../../test/learning-helpers.js';
import { useFixtureApp } from '../../test/fixture-app.js';
import type { TestApp, TestClient } from '../../test/test-app.js';

let t: TestApp;
let releaseId: string;
const CHECK = `query($c: String!) { checkCredential(credential: $c) { valid status explanation } }`;

// Verifications are rate-limited per client address, in a table other spec files running at the
// same time share: behind TRUST_PROXY this file verifies from an address of its own.
const VERIFIER = '198.51.100.21';
useFixtureApp(
  (app) => {
    ({ t, releaseId } = app);
  },
  { TRUST_PROXY: '1' },
);

const verifier = () => ({
  get: (url: string) => t.client().agent.get(url).set('x-forwarded-for', VERIFIER),
  async check(credential: string) {
    const res = await t
      .client()
      .agent.post('/graphql')
      .set('x-forwarded-for', VERIFIER)
      .set('content-type', 'application/json')
      .send({ query: CHECK, variables: { c: credential } });
    return res.body as {
      data?: { checkCredential: { valid: boolean; status: string; explanation: string } };
    };
  },
});

const EXPORT = `{ myPersonalData }`;
const DELETE_MINE = `mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`;
const DELETE_OF = `mutation($input: DeleteAccountOfInput!) { deleteAccountOf(input: $input) }`;

interface Person {
  client: TestClient;
  id: string;
  email: string;
  name: string;
  certificateId: string;
  jwt: string;
}

const waitFor = async <T>(read: () => Promise<T | undefined>): Promise<T> => {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
};

/** A person with a row in every table that can hold something about them. */
async function personWithData(
  hostId: string,
  cohortId: string,
  sessionId: string,
): Promise<Person> {
  const client = t.client();
  const tag = randomBytes(3).toString('hex');
  const email = uniqueEmail(`gdpr-${tag}`);
  const name = `Pia Privacy ${tag}`;
  const { id } = await registerUser(client, {
    email,
    displayName: name,
  });
  await client.gql(
    `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`,
    {
      input: { organisation: { name: `City of ${tag}`, country: 'NL', kind: 'city' } },
    },
  );
  await completeFixtureCourse(client, t.dataSource, releaseId);
  const certificateId = await waitFor(async () => {
    const rows = await t.dataSource.query(`SELECT id FROM certificates WHERE user_id = $1`, [id]);
    return rows[0]?.id as string | undefined;
  });
  const jwt = (await verifier().get(`/certificates/${certificateId}/credential.jwt`)).text;
  const ds = t.dataSource;
  await ds.query(
    `INSERT INTO cohort_members (cohort_id, user_id, calendar_token, organisation, name_visible) VALUES ($1, $2, md5(random()::text), $3, true)`,
    [cohortId, id, `Org of ${tag}`],
  );
  await ds.query(
    `INSERT INTO cohort_attendance (session_id, user_id, status, marked_by) VALUES ($1, $2, 'present', $3)`,
    [sessionId, id, hostId],
  );
  await ds.query(
    `INSERT INTO cohort_invitations (cohort_id, email, email_key, display_name, organisation, locale, token_hash, expires_at)
     VALUES ($1, $2, lower($2), $3, 'Invited org', 'en', md5(random()::text), now() + interval '7 days')`,
    [cohortId, email, name],
  );
  await ds.query(
    `INSERT INTO cohort_outbox (cohort_id, to_email, subject, body) VALUES ($1, $2, 'Welcome', $3)`,
    [cohortId, email, `Dear ${name}`],
  );
  await ds.query(`INSERT INTO mail_messages (to_email, subject, body) VALUES ($1, 'Confirm', $2)`, [
    email,
    `Hello ${name}`,
  ]);
  await ds.query(
    `INSERT INTO audit_log (actor_id, action, subject_type, subject_id, details) VALUES ($1, 'role.grant', 'user', $2, '{}')`,
    [hostId, id],
  );
  return { client, id, email, name, certificateId, jwt };
}

/** Every text, uuid, array and JSON column of every table in every non-system schema. */
async function findAnywhere(needles: string[]): Promise<string[]> {
  const columns: { s: string; t: string; c: string }[] = await t.dataSource.query(
    `SELECT c.table_schema AS s, c.table_name AS t, c.column_name AS c
       FROM information_schema.columns c
       JOIN information_schema.tables tb USING (table_schema, table_name)
      WHERE tb.table_type = 'BASE TABLE'
        AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
        AND (c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'uuid', 'ARRAY'))`,
  );
  const hits: string[] = [];
  for (const { s, t: table, c } of columns) {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM "${s}"."${table}"
        WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) x WHERE strpos(lower("${c}"::text), x) > 0)`,
      [needles.map((n) => n.toLowerCase())],
    );
    if (row.n > 0) hits.push(`${s}.${table}.${c}`);
  }
  // The scan really covers the schema, the job queue's (pg-boss) included.
  expect(columns.length).toBeGreaterThan(50);
  expect(columns.some((col) => col.s.startsWith('pgboss'))).toBe(true);
  return hits;
}

/** Submitted answers per question, and how many were right: what item analysis reads. */
async function itemStatistics() {
  return t.dataSource.query(
    `SELECT q->>'key' AS key, count(*)::int AS answered,
            count(*) FILTER (WHERE (a.results -> (q->>'key') ->> 'correct')::boolean)::int AS correct
       FROM quiz_attempts a, jsonb_array_elements(a.questions) q
      WHERE a.submitted_at IS NOT NULL AND a.release_id = $1
      GROUP BY 1 ORDER BY 1`,
    [releaseId],
  );
}

let a: Person;
let b: Person;
let host: { client: TestClient; id: string; email: string };
let cohortId: string;

beforeAll(async () => {
  host = await hostClient(t);
  cohortId = (await createCohort(host.client, releaseId)).id;
  const [session] = await t.dataSource.query(
    `INSERT INTO cohort_sessions (cohort_id, title, starts_at, ends_at, check_in_code) VALUES ($1, 'Kick-off', now() - interval '2 days', now() - interval '2 days' + interval '3 hours', $2) RETURNING id`,
    [cohortId, randomBytes(4).toString('hex')],
  );
  // An enabled learning record store, so the people's learning also queues xAPI statement jobs
  // that name them (erasure must drop those too); removed again so other tests do not send to it.
  const [store] = await t.dataSource.query(
    `INSERT INTO xapi_stores (name, endpoint, key, sealed_secret) VALUES ('GDPR test', 'http://127.0.0.1:9/xapi/', 'k', 'unsealed') RETURNING id`,
  );
  a = await personWithData(host.id, cohortId, session.id);
  b = await personWithData(host.id, cohortId, session.id);
  await t.dataSource.query(`DELETE FROM xapi_stores WHERE id = $1`, [store.id]);
});

describe('right of access and portability', () => {
  it("exports the person's data from every table, and nobody else's", async () => {
    const res = await a.client.gql<{ myPersonalData: Record<string, unknown> }>(EXPORT);
    expect(res.errors).toBeUndefined();
    const data = res.data!.myPersonalData as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(data.profile).toMatchObject({ id: a.id, email: a.email, displayName: a.name });
    expect(data.organisation.name).toMatch(/^City of /);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(data.sessions)).not.toMatch(/token/i);
    expect(data.enrolments).toHaveLength(1);
    expect(data.lessonProgress).toHaveLength(3);
    expect(data.quizAttempts).toHaveLength(3);
    expect(data.quizAttempts[0].results).toBeTruthy();
    expect(data.cohortMemberships).toEqual([
      expect.objectContaining({ cohort: expect.objectContaining({ id: cohortId }) }),
    ]);
    expect(data.attendance).toEqual([expect.objectContaining({ status: 'present' })]);
    expect(data.invitations).toEqual([expect.objectContaining({ email: a.email })]);
    expect(data.certificates).toEqual([expect.objectContaining({ id: a.certificateId })]);
    expect(data.auditLog).toEqual([
      expect.objectContaining({ action: 'role.grant', subjectId: a.id }),
    ]);
    expect(data.mail.messages).toEqual([expect.objectContaining({ subject: 'Confirm' })]);
    expect(data.mail.cohortOutbox).toEqual([expect.objectContaining({ subject: 'Welcome' })]);

    const text = JSON.stringify(data).toLowerCase();
    for (const other of [b.id, b.email, b.name, b.certificateId]) {
      expect(text).not.toContain(other.toLowerCase());
    }
  });

  it('is for signed-in people only', async () => {
    const res = await t.client().gql(EXPORT);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('right to erasure', () => {
  it('refuses a wrong password and changes nothing', async () => {
    const res = await a.client.gql(DELETE_MINE, {
      input: { password: 'not the password at all', keepCertificatesVerifiable: false },
    });
    expect(res.errors?.[0]?.message).toBe('The password is not correct.');
    const [row] = await t.dataSource.query(`SELECT email FROM users WHERE id = $1`, [a.id]);
    expect(row.email).toBe(a.email);
    expect((await a.client.gql(EXPORT)).errors).toBeUndefined();
  });

  it('throttles password guesses like sign-ins', async () => {
    const client = t.client();
    await registerUser(client);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await client.gql(DELETE_MINE, {
        input: { password: `wrong guess number ${i}`, keepCertificatesVerifiable: true },
      });
      codes.push(res.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });

  it('removes or anonymises everything about the person and keeps the statistics', async () => {
    const before = await itemStatistics();
    expect(before.length).toBeGreaterThan(0);
    const res = await a.client.gql(DELETE_MINE, {
      input: { password: PASSWORD, keepCertificatesVerifiable: false },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ deleteMyAccount: true });

    expect(await findAnywhere([a.id, a.email, a.name])).toEqual([]);
    expect(await itemStatistics()).toEqual(before);
    // The other person's data is untouched.
    expect((await findAnywhere([b.email])).length).toBeGreaterThan(0);

    // The session is gone; the certificate answers as revoked, with the reason and no name.
    expect((await a.client.gql(EXPORT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const check = await verifier().check(a.jwt);
    expect(check.data?.checkCredential.status).toBe('revoked');
    expect(check.data?.checkCredential.explanation).toContain('holder deleted account');
    // Its content is gone: no PDF or credential to download, the verification says revoked.
    const anyone = verifier();
    expect((await anyone.get(`/certificates/${a.certificateId}/certificate.pdf`)).status).toBe(410);
    expect((await anyone.get(`/certificates/${a.certificateId}/credential.jwt`)).status).toBe(410);
    const verify = await anyone.get(`/verify-api/${a.certificateId}`);
    expect(verify.body).toMatchObject({ status: 'revoked', recipientName: '', credential: null });
    // The credential's JSON (the JWT payload), as a verifier would paste it.
    const pasted = Buffer.from(a.jwt.split('.')[1]!, 'base64url').toString();
    const checked = await verifier().check(pasted);
    expect(checked.data?.checkCredential.status).toBe('revoked');
    // Hosts see a deleted participant in the cohort, with the attendance that counts.
    const [member] = await t.dataSource.query(
      `SELECT u.display_name, u.email, m.organisation FROM cohort_members m JOIN users u ON u.id = m.user_id
        WHERE m.cohort_id = $1 AND u.email_key LIKE 'deleted:%'`,
      [cohortId],
    );
    expect(member).toEqual({ display_name: 'Deleted participant', email: '', organisation: null });
    // The API flags it, so the web app words it in the host's language.
    const listed = await host.client.gql<{ cohortParticipants: { items: { deleted: boolean }[] } }>(
      `query($id: ID!) { cohortParticipants(cohortId: $id) { items { deleted } } }`,
      { id: cohortId },
    );
    expect(listed.data?.cohortParticipants.items.map((p) => p.deleted).sort()).toEqual([
      false,
      true,
    ]);
    const board = await host.client.gql<{
      cohortDashboard: { participants: { deleted: boolean }[] };
    }>(`query($id: ID!) { cohortDashboard(cohortId: $id) { participants { deleted } } }`, {
      id: cohortId,
    });
    expect(board.data?.cohortDashboard.participants.map((p) => p.deleted).sort()).toEqual([
      false,
      true,
    ]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM cohort_attendance a JOIN cohort_sessions s ON s.id = a.session_id WHERE s.cohort_id = $1`,
      [cohortId],
    );
    expect(n).toBe(2);
  });

  it('lets an admin process a request, keeping certificates verifiable, in the audit log', async () => {
    const learner = await registerUser(t.client());
    const refused = await b.client.gql(DELETE_OF, {
      input: { userId: learner.id, keepCertificatesVerifiable: true },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const admin = t.client();
    const adminUser = await registerUser(admin);
    await grantRoleInDb(t.dataSource, adminUser.id, 'admin');
    const res = await admin.gql(DELETE_OF, {
      input: { userId: b.id, keepCertificatesVerifiable: true },
    });
    expect(res.errors).toBeUndefined();

    // The certificate stays valid, so its name stays where the holder chose to keep it (and,
    // base64-encoded, in the signed credential beside it).
    const check = await verifier().check(b.jwt);
    expect(check.data?.checkCredential.valid).toBe(true);
    expect(await findAnywhere([b.name])).toEqual(['public.certificates.recipient_name']);
    expect(await findAnywhere([b.id, b.email])).toEqual([]);
    const [entry] = await t.dataSource.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'account.delete-on-request'`,
    );
    expect(entry).toEqual({
      actor_id: adminUser.id,
      details: { keepCertificatesVerifiable: true, certificatesRevoked: [] },
    });
    // Tombstones are not accounts an admin manages.
    const listed = await admin.gql<{ users: { items: { displayName: string }[] } }>(
      `{ users(search: "Deleted participant") { items { displayName } } }`,
    );
    expect(listed.data?.users.items).toEqual([]);
    const again = await admin.gql(DELETE_OF, {
      input: { userId: b.id, keepCertificatesVerifiable: true },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('erases a host who owns a cohort: the cohort, its attendance and announcements remain', async () => {
    const [hostRow] = await t.dataSource.query(`SELECT display_name FROM users WHERE id = $1`, [
      host.id,
    ]);
    await t.dataSource.query(
      `INSERT INTO cohort_announcements (cohort_id, author_id, title, body) VALUES ($1, $2, 'Welcome', 'See you on Monday')`,
      [cohortId, host.id],
    );
    const res = await host.client.gql(DELETE_MINE, {
      input: { password: PASSWORD, keepCertificatesVerifiable: true },
    });
    expect(res.errors).toBeUndefined();
    expect(await findAnywhere([host.id, host.email, hostRow.display_name])).toEqual([]);
    const [cohort] = await t.dataSource.query(
      `SELECT u.display_name FROM cohorts c JOIN users u ON u.id = c.owner_id WHERE c.id = $1`,
      [cohortId],
    );
    expect(cohort).toEqual({ display_name: 'Deleted participant' });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM cohort_announcements WHERE cohort_id = $1 AND author_id IS NULL`,
      [cohortId],
    );
    expect(n).toBe(1);
  });
});
