import { randomBytes } from 'node:crypto';
import { createCohort, hostClient } from '../cohorts/cohort.fixtures.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { grantRoleInDb, PASSWORD, registerUser } from '../../test/factories.js';
import { startTestSmtp, type TestSmtp } from '../../test/smtp-server.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { JobsService } from '../jobs/index.js';
import { RetentionService } from './retention.service.js';

// Short periods, so rows can be moved past them: 30 days unused → warning, 7 more → anonymised.
const ENV = {
  RETENTION_INACTIVE_ACCOUNT_DAYS: '30',
  RETENTION_WARNING_DAYS: '7',
  RETENTION_INVITATION_DAYS: '10',
  RETENTION_MAIL_DAYS: '20',
  RETENTION_AUDIT_DAYS: '40',
};

const fixture = curriculumCopy();
let t: TestApp;
let smtp: TestSmtp;
let cohortId: string;
let retention: RetentionService;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await bootTestApp({ ...ENV, SMTP_URL: smtp.url, PUBLIC_URL: 'https://academy.example.org' });
  const [core] = await importCurriculumFolder(t.dataSource, fixture.root);
  const host = await hostClient(t);
  cohortId = (await createCohort(host.client, core!.releaseId)).id;
  retention = t.app.get(RetentionService);
});
afterAll(async () => {
  fixture.cleanup();
  await t?.close();
  await smtp?.close();
});

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  t.dataSource.query<T[]>(text, params);

/** A registered person whose last sign-in (and warning) is moved into the past. */
async function person(
  lastActiveDaysAgo: number,
  warnedDaysAgo: number | null = null,
  locale = 'en',
): Promise<{ id: string; email: string; client: TestClient }> {
  const client = t.client();
  const user = await registerUser(client, {
    displayName: `Rita Retention ${randomBytes(2).toString('hex')}`,
    preferredLocale: locale,
  });
  await sql(
    `UPDATE users SET last_active_at = now() - make_interval(days => $2),
       inactivity_warned_at = CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(days => $3::int) END
     WHERE id = $1`,
    [user.id, lastActiveDaysAgo, warnedDaysAgo],
  );
  return { ...user, client };
}

const userRow = async (id: string) =>
  (
    await sql<{ warned: Date | null }>(
      `SELECT inactivity_warned_at AS warned FROM users WHERE id = $1`,
      [id],
    )
  )[0];

describe('retention of accounts', () => {
  it('warns the holder of an unused account by mail, in their language, and only once', async () => {
    const unused = await person(31, null, 'nl');
    const recent = await person(29);
    const admin = await person(300);
    await grantRoleInDb(t.dataSource, admin.id, 'admin');

    const report = await retention.run();
    expect(report.warned).toBeGreaterThanOrEqual(1);
    expect((await userRow(unused.id))?.warned).toBeInstanceOf(Date);
    expect((await userRow(recent.id))?.warned).toBeNull();
    expect((await userRow(admin.id))?.warned).toBeNull();

    const mails = await smtp.waitFor(1);
    const mine = mails.filter((m) => m.to.includes(unused.email));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toContain('wordt over 7 dagen geanonimiseerd');
    expect(mine[0]!.raw).toContain('https://academy.example.org/sign-in');

    await retention.run();
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter((m) => m.to.includes(unused.email))).toHaveLength(1);
  });

  it('anonymises an account still unused a warning period after the warning, through the erasure', async () => {
    const gone = await person(45, 8);
    const warnedRecently = await person(45, 6);
    const report = await retention.run();
    expect(report.anonymised).toBeGreaterThanOrEqual(1);
    expect(await sql(`SELECT 1 FROM users WHERE id = $1`, [gone.id])).toEqual([]);
    expect(await sql(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [gone.email])).toEqual(
      [],
    );
    expect(await userRow(warnedRecently.id)).toBeDefined();
    const [entry] = await sql<{ actor_id: string | null }>(
      `SELECT actor_id FROM audit_log WHERE action = 'account.anonymise-inactive' ORDER BY at DESC LIMIT 1`,
    );
    expect(entry).toEqual({ actor_id: null });
  });

  it('lets a sign-in after the warning cancel it', async () => {
    const back = await person(45, 8);
    const login = await back.client.gql(
      `mutation($input: LoginInput!) { login(input: $input) { id } }`,
      { input: { email: back.email, password: PASSWORD } },
    );
    expect(login.errors).toBeUndefined();
    expect((await userRow(back.id))?.warned).toBeNull();
    await retention.run();
    expect(await userRow(back.id)).toBeDefined();
  });
});

describe('retention of invitations, mail and the audit log', () => {
  it('purges expired invitations, sent mail and the people in old audit entries, and keeps the rest', async () => {
    const tag = randomBytes(4).toString('hex');
    const invite = (expiredDaysAgo: number, accepted: boolean) =>
      sql<{ id: string }>(
        `INSERT INTO cohort_invitations (cohort_id, email, email_key, display_name, locale, token_hash, expires_at, accepted_at)
         VALUES ($1, $2, lower($2), 'Ivo', 'en', md5(random()::text), now() - make_interval(days => $3), CASE WHEN $4 THEN now() - interval '20 days' END)
         RETURNING id`,
        [
          cohortId,
          `ivo-${tag}-${expiredDaysAgo}-${accepted}@example.test`,
          expiredDaysAgo,
          accepted,
        ],
      ).then((rows) => rows[0]!.id);
    const oldPending = await invite(11, false);
    const oldAccepted = await invite(11, true);
    const recentPending = await invite(9, false);

    const outbox = (sentDaysAgo: number | null) =>
      sql<{ id: string }>(
        `INSERT INTO cohort_outbox (cohort_id, to_email, subject, body, sent_at)
         VALUES ($1, 'olga@example.test', $2, 'Hello', CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(days => $3::int) END)
         RETURNING id`,
        [cohortId, `Outbox ${tag}`, sentDaysAgo],
      ).then((rows) => rows[0]!.id);
    const oldSent = await outbox(21);
    const recentSent = await outbox(19);
    const unsent = await outbox(null);

    const [oldMail] = await sql<{ id: string }>(
      `INSERT INTO mail_messages (to_email, subject, body, sent_at) VALUES ('mia@example.test', $1, NULL, now() - interval '21 days') RETURNING id`,
      [`Mail ${tag}`],
    );
    const [newMail] = await sql<{ id: string }>(
      `INSERT INTO mail_messages (to_email, subject, body, sent_at) VALUES ('mia@example.test', $1, NULL, now() - interval '2 days') RETURNING id`,
      [`Mail ${tag}`],
    );

    const actor = await person(0);
    const audit = (daysAgo: number) =>
      sql<{ id: string }>(
        `INSERT INTO audit_log (actor_id, action, subject_type, subject_id, details, at)
         VALUES ($1::uuid, 'role.grant', 'user', $1::text, '{"role":"host"}', now() - make_interval(days => $2)) RETURNING id`,
        [actor.id, daysAgo],
      ).then((rows) => rows[0]!.id);
    const oldEntry = await audit(41);
    const newEntry = await audit(39);

    const report = await retention.run();
    expect(report.invitationsPurged).toBeGreaterThanOrEqual(1);

    const ids = async (table: string, wanted: string[]) =>
      (
        await sql<{ id: string }>(`SELECT id::text FROM ${table} WHERE id::text = ANY($1)`, [
          wanted,
        ])
      )
        .map((r) => r.id)
        .sort();
    expect(await ids('cohort_invitations', [oldPending, oldAccepted, recentPending])).toEqual(
      [oldAccepted, recentPending].sort(),
    );
    expect(await ids('cohort_outbox', [oldSent, recentSent, unsent])).toEqual(
      [recentSent, unsent].sort(),
    );
    expect(await ids('mail_messages', [oldMail!.id, newMail!.id])).toEqual([newMail!.id]);
    const entries = await sql<{
      id: string;
      actor_id: string | null;
      subject_id: string;
      details: unknown;
    }>(
      `SELECT id::text, actor_id, subject_id, details FROM audit_log WHERE id::text = ANY($1) ORDER BY at`,
      [[oldEntry, newEntry]],
    );
    expect(entries).toEqual([
      { id: oldEntry, actor_id: null, subject_id: '', details: { role: 'host' } },
      { id: newEntry, actor_id: actor.id, subject_id: actor.id, details: { role: 'host' } },
    ]);
  });

  it('runs as a daily pg-boss schedule', async () => {
    const schema = t.app.get(JobsService).schema;
    const rows = await sql<{ cron: string; timezone: string }>(
      `SELECT cron, timezone FROM ${schema}.schedule WHERE name = 'privacy-retention'`,
    );
    expect(rows).toEqual([{ cron: '17 3 * * *', timezone: 'UTC' }]);
  });
});
