import { uniqueEmail } from '../../test/factories.js';
import { useFixtureApp } from '../../test/fixture-app.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';
import { createCohort, hostClient, learnerClient } from './cohort-fixtures.test.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

const PREVIEW = `query($i: ParticipantCsvInput!) { previewParticipantImport(input: $i) { valid fileProblems { line field message }
  rows { line email name organisation language existingAccount problems { line field message } } } }`;
const IMPORT = `mutation($i: ParticipantCsvInput!) { importParticipants(input: $i) { added accountsCreated invitationsSent } }`;
const OUTBOX = `query($id: ID!) { cohortOutbox(cohortId: $id) { total items { toEmail subject body sentAt } } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { cohortId user { email displayName } } }`;

type Preview = { valid: boolean; fileProblems: { message: string }[]; rows: { line: number; email: string; existingAccount: boolean; problems: { line: number; field: string; message: string }[] }[] };

describe('participant CSV import', () => {
  it('previews every problem with line and field, and writes nothing', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const member = await learnerClient(t);
    await member.client.gql(`mutation($c: String!) { joinCohort(input: { code: $c }) { id } }`, { c: cohort.joinCode });
    const ok = uniqueEmail('ok');
    const csv = [
      'email;name;organisation;language',
      `${ok};"de Vries; Anna";Gemeente Utrecht;nl`,
      'not-an-email;Bert;;en',
      `${ok.toUpperCase()};Twin;;en`,
      `${uniqueEmail()};;;en`,
      `${uniqueEmail()};Cleo;;xx`,
      `${member.email};Member;;en`,
    ].join('\r\n');
    const res = await host.client.gql<{ previewParticipantImport: Preview }>(PREVIEW, { i: { cohortId: cohort.id, csv: `\uFEFF${csv}` } });
    const p = res.data!.previewParticipantImport;
    expect(p.valid).toBe(false);
    const problems = p.rows.flatMap((r) => r.problems.map((x) => `${x.line}:${x.field}`));
    expect(problems).toEqual(['3:email', '4:email', '5:name', '6:language', '7:email']);
    expect(p.rows[0]).toMatchObject({ line: 2, email: ok, existingAccount: false, problems: [] });
    expect(p.rows[2]!.problems[0]!.message).toMatch(/Duplicate of line 2/);
    expect(p.rows[5]!.problems[0]!.message).toMatch(/Already a participant/);
    const refused = await host.client.gql(IMPORT, { i: { cohortId: cohort.id, csv } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((refused.errors?.[0]?.extensions?.problems as unknown[]).length).toBe(5);
    expect(await t.dataSource.query(`SELECT 1 FROM users WHERE email_key = $1`, [ok])).toHaveLength(0);
  });

  it('imports all rows in one go, creates accounts with unusable passwords and invitations in the outbox, links existing users', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId, { locale: 'nl' });
    const existing = await learnerClient(t);
    const fresh = uniqueEmail('new');
    const csv = `email,name,organisation,language\n${fresh},"Doe, Jane",Stad Gent,nl\n${existing.email},,Provincie,en\n`;
    const res = await host.client.gql<{ importParticipants: Record<string, number> }>(IMPORT, { i: { cohortId: cohort.id, csv } });
    expect(res.data?.importParticipants).toEqual({ added: 2, accountsCreated: 1, invitationsSent: 1 });
    const [user] = await t.dataSource.query(`SELECT password_hash, display_name, preferred_locale FROM users WHERE email_key = $1`, [fresh]);
    expect(user).toMatchObject({ display_name: 'Doe, Jane', preferred_locale: 'nl' });
    expect(user.password_hash).toMatch(/^!invited:/);
    const outbox = await host.client.gql<{ cohortOutbox: { total: number; items: { toEmail: string; body: string; sentAt: string | null }[] } }>(OUTBOX, { id: cohort.id });
    expect(outbox.data!.cohortOutbox.total).toBe(2);
    const invitation = outbox.data!.cohortOutbox.items.find((m) => m.toEmail === fresh)!;
    expect(invitation.sentAt).toBeNull();
    const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(invitation.body)![1]!;
    const [stored] = await t.dataSource.query(`SELECT token_hash FROM cohort_invitations WHERE cohort_id = $1`, [cohort.id]);
    expect(stored.token_hash).not.toContain(token); // only the hash is stored

    // Accepting: a password is required, then the user is signed in and in the cohort; the link works once.
    const browser = t.client();
    expect((await browser.gql(ACCEPT, { i: { token } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const accepted = await browser.gql<{ acceptInvitation: { cohortId: string } }>(ACCEPT, { i: { token, password: 'a brand new password' } });
    expect(accepted.data?.acceptInvitation.cohortId).toBe(cohort.id);
    const mine = await browser.gql<{ myCohorts: { cohort: { id: string } }[] }>(`{ myCohorts { cohort { id } } }`);
    expect(mine.data?.myCohorts.map((c) => c.cohort.id)).toEqual([cohort.id]);
    expect((await t.client().gql(ACCEPT, { i: { token, password: 'a brand new password' } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const login = await t.client().gql(`mutation($i: LoginInput!) { login(input: $i) { id } }`, { i: { email: fresh, password: 'a brand new password' } });
    expect(login.errors).toBeUndefined();
    const enrolments = await t.dataSource.query(`SELECT locale FROM enrolments WHERE cohort_id = $1`, [cohort.id]);
    expect(enrolments).toEqual([{ locale: 'nl' }, { locale: 'nl' }]);
  });

  it('refuses expired invitations and a file larger than the free places', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId, { capacity: 1 });
    const csv = `email,name\n${uniqueEmail()},A\n${uniqueEmail()},B\n`;
    const p = await host.client.gql<{ previewParticipantImport: Preview }>(PREVIEW, { i: { cohortId: cohort.id, csv } });
    expect(p.data!.previewParticipantImport.fileProblems[0]!.message).toMatch(/1 free places/);
    const one = `email,name\n${uniqueEmail()},A\n`;
    await host.client.gql(IMPORT, { i: { cohortId: cohort.id, csv: one } });
    const outbox = await host.client.gql<{ cohortOutbox: { items: { body: string }[] } }>(OUTBOX, { id: cohort.id });
    const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(outbox.data!.cohortOutbox.items[0]!.body)![1]!;
    await t.dataSource.query(`UPDATE cohort_invitations SET expires_at = now() - interval '1 minute' WHERE cohort_id = $1`, [cohort.id]);
    const res = await t.client().gql(ACCEPT, { i: { token, password: 'a brand new password' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toMatch(/expired/);
  });
});

describe('invitations over SMTP', () => {
  it('sends the invitation to the SMTP server when SMTP_URL is set, and records it as sent', async () => {
    const { fakeSmtp } = await import('./smtp-fake.test.js');
    const smtp = await fakeSmtp();
    const mailing = await bootTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Academy <academy@example.test>' });
    try {
      const host = await hostClient(mailing);
      const cohort = await createCohort(host.client, releaseId);
      const email = uniqueEmail('mailed');
      const res = await host.client.gql(IMPORT, { i: { cohortId: cohort.id, csv: `email,name\n${email},Mia\n` } });
      expect(res.errors).toBeUndefined();
      expect(smtp.sessions).toHaveLength(1);
      expect(smtp.sessions[0]!.commands).toContain(`RCPT TO:<${email}>`);
      expect(smtp.sessions[0]!.commands).toContain('MAIL FROM:<academy@example.test>');
      expect(smtp.sessions[0]!.data).toMatch(/\/invitation\/[A-Za-z0-9_=\r\n-]+/);
      const outbox = await host.client.gql<{ cohortOutbox: { items: { sentAt: string | null }[] } }>(OUTBOX, { id: cohort.id });
      expect(outbox.data!.cohortOutbox.items[0]!.sentAt).not.toBeNull();
    } finally {
      await mailing.close();
      await smtp.close();
    }
  });
});
