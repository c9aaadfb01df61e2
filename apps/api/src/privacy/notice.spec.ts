import { grantRoleInDb, PASSWORD, registerUser, uniqueEmail } from '../../test/factories.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';

const NOTICE = `{ privacyNotice { version controllerName contactEmail dpoContact
  retention { inactiveAccountDays warningDays invitationDays mailDays auditDays }
  activities { key legalBasis dataCategories recipients } rights } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) }`;
const RECORDS = `{ processingRecords { key legalBasis tables retentionDays } }`;

interface Notice {
  version: string;
  controllerName: string;
  contactEmail: string | null;
  dpoContact: string | null;
  retention: Record<string, number>;
  activities: { key: string; legalBasis: string }[];
  rights: string[];
}

let t: TestApp;
let configured: TestApp;
beforeAll(async () => {
  [t, configured] = await Promise.all([
    bootTestApp(),
    bootTestApp({
      PRIVACY_CONTROLLER_NAME: 'City of Utrecht, Procurement Department',
      PRIVACY_CONTACT_EMAIL: 'privacy@utrecht.example',
      PRIVACY_DPO_CONTACT: 'Functionaris gegevensbescherming, fg@utrecht.example',
      RETENTION_INACTIVE_ACCOUNT_DAYS: '730',
      RETENTION_MAIL_DAYS: '60',
    }),
  ]);
});
afterAll(() => Promise.all([t.close(), configured.close()]));

const noticeOf = async (app: TestApp) =>
  (await app.client().gql<{ privacyNotice: Notice }>(NOTICE)).data!.privacyNotice;

describe('the privacy notice', () => {
  it("is public and built from the operator's configuration", async () => {
    const notice = await noticeOf(configured);
    expect(notice).toMatchObject({
      controllerName: 'City of Utrecht, Procurement Department',
      contactEmail: 'privacy@utrecht.example',
      dpoContact: 'Functionaris gegevensbescherming, fg@utrecht.example',
      retention: {
        inactiveAccountDays: 730,
        warningDays: 30,
        invitationDays: 90,
        mailDays: 60,
        auditDays: 730,
      },
    });
    expect(notice.version).toMatch(/^[0-9a-f]{16}$/);
    expect(notice.activities.map((a) => a.key)).toEqual(
      expect.arrayContaining(['account', 'learning', 'cohorts', 'certificates', 'mail', 'audit']),
    );
    expect(notice.activities.find((a) => a.key === 'audit')?.legalBasis).toBe(
      'legitimateInterests',
    );
    expect(notice.rights).toContain('erasure');
  });

  it('defaults the controller to the issuer name, and changes its version with the settings', async () => {
    const plain = await noticeOf(t);
    expect(plain).toMatchObject({
      controllerName: 'Circular Procurement Academy',
      contactEmail: null,
      dpoContact: null,
    });
    expect(plain.version).not.toBe((await noticeOf(configured)).version);
    expect((await noticeOf(t)).version).toBe(plain.version);
  });
});

describe('consent at registration', () => {
  it('records the accepted version and time, and shows them in the personal data export', async () => {
    const client = configured.client();
    const { version } = await noticeOf(configured);
    const before = Date.now();
    const user = await registerUser(client);
    const [row] = await configured.dataSource.query(
      `SELECT privacy_notice_version AS v, privacy_accepted_at AS at FROM users WHERE id = $1`,
      [user.id],
    );
    expect(row.v).toBe(version);
    expect(new Date(row.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const data = await client.gql<{
      myPersonalData: { profile: { privacyNoticeVersion: string; privacyAcceptedAt: string } };
    }>(`{ myPersonalData }`);
    expect(data.data!.myPersonalData.profile).toMatchObject({
      privacyNoticeVersion: version,
      privacyAcceptedAt: expect.any(String),
    });
  });

  it('refuses a registration without the current version, and creates no account', async () => {
    const email = uniqueEmail('stale-notice');
    const stale = await configured.client().gql(REGISTER, {
      input: {
        email,
        password: PASSWORD,
        displayName: 'Stale',
        privacyNoticeVersion: (await noticeOf(t)).version,
      },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PRIVACY_NOTICE_CHANGED',
      fields: [{ field: 'privacyNoticeVersion' }],
    });
    const missing = await configured.client().gql(REGISTER, {
      input: { email, password: PASSWORD, displayName: 'Missing' },
    });
    // A required field: refused by GraphQL before the resolver runs.
    expect(missing.errors?.[0]?.message).toMatch(/privacyNoticeVersion/);
    expect(
      await configured.dataSource.query(`SELECT 1 FROM users WHERE email_key = $1`, [email]),
    ).toEqual([]);
  });
});

describe('the record of processing activities', () => {
  it('is for admins only, with tables and the configured retention', async () => {
    const learner = configured.client();
    const { id } = await registerUser(learner);
    expect((await learner.gql(RECORDS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await grantRoleInDb(configured.dataSource, id, 'admin');
    const res = await learner.gql<{
      processingRecords: { key: string; tables: string[]; retentionDays: number | null }[];
    }>(RECORDS);
    const byKey = Object.fromEntries(res.data!.processingRecords.map((r) => [r.key, r]));
    expect(byKey.account).toMatchObject({
      tables: expect.arrayContaining(['users']),
      retentionDays: 760,
    });
    expect(byKey.mail).toMatchObject({ retentionDays: 60 });
    expect(byKey.certificates?.retentionDays).toBeNull();
    // Every table named exists.
    const tables = res.data!.processingRecords.flatMap((r) => r.tables);
    const [{ n }] = await configured.dataSource.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY($1)`,
      [tables],
    );
    expect(n).toBe(new Set(tables).size);
    // Every table that refers to a person is in the record (a new feature's tables must be added).
    const personal: { table: string }[] = await configured.dataSource.query(
      `SELECT DISTINCT tc.table_name AS table
         FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu
           ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'
          AND ccu.table_name = 'users' AND tc.table_name <> 'users'`,
    );
    expect(personal.length).toBeGreaterThan(10);
    expect(personal.map((p) => p.table).filter((p) => !tables.includes(p))).toEqual([]);
  });
});
