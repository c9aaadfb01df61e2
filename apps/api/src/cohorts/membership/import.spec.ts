import { registerUser, uniqueEmail } from '../../../test/factories.js';
import { useFixtureApp } from '../../../test/fixture-app.js';
import { plainOf, startTestSmtp } from '../../../test/smtp-server.js';
import { bootTestApp, type TestApp, type TestClient } from '../../../test/test-app.js';
import { createCohort, hostClient, JOIN, learnerClient } from '../cohort.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

const PREVIEW = `query($i: ParticipantCsvInput!) { previewParticipantImport(input: $i) { valid fileProblems { line field message }
  rows { line email name organisation language problems { line field message } } } }`;
const IMPORT = `mutation($i: ParticipantCsvInput!) { importParticipants(input: $i) { invited invitationsSent } }`;
const OUTBOX = `query($id: ID!) { cohortOutbox(cohortId: $id) { total items { toEmail subject body sentAt } } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { status cohortId } }`;
const LOOKUP = `query($token: String!) { invitation(token: $token) { cohortName email displayName locale state } }`;
const DASHBOARD = `query($id: ID!) { cohortDashboard(cohortId: $id) { participants { userId } } }`;
const PARTICIPANTS = `query($id: ID!) { cohortParticipants(cohortId: $id) { total items { userId email } } }`;

type Preview = {
  valid: boolean;
  fileProblems: { message: string }[];
  rows: {
    line: number;
    email: string;
    problems: { line: number; field: string; message: string }[];
  }[];
};
type Outbox = {
  cohortOutbox: {
    total: number;
    items: { toEmail: string; body: string; sentAt: string | null }[];
  };
};

const tokenIn = (body: string) => /\/invitation\/([A-Za-z0-9_-]+)/.exec(body)![1]!;
async function invitationToken(host: TestClient, cohortId: string, email: string): Promise<string> {
  const outbox = await host.gql<Outbox>(OUTBOX, { id: cohortId });
  return tokenIn(outbox.data!.cohortOutbox.items.find((m) => m.toEmail === email)!.body);
}
const exportCsv = (c: TestClient, cohortId: string, kind: string) =>
  c.agent.get(`/cohorts/${cohortId}/export/${kind}.csv`);

describe('participant CSV import', () => {
  it('previews every problem with line and field, and writes nothing', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const member = await learnerClient(t);
    await member.client.gql(JOIN, { code: cohort.joinCode });
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
    const res = await host.client.gql<{ previewParticipantImport: Preview }>(PREVIEW, {
      i: { cohortId: cohort.id, csv: `\uFEFF${csv}` },
    });
    const p = res.data!.previewParticipantImport;
    expect(p.valid).toBe(false);
    const problems = p.rows.flatMap((r) => r.problems.map((x) => `${x.line}:${x.field}`));
    expect(problems).toEqual(['3:email', '4:email', '5:name', '6:language', '7:email']);
    expect(p.rows[0]).toMatchObject({ line: 2, email: ok, problems: [] });
    expect(p.rows[2]!.problems[0]!.message).toMatch(/Duplicate of line 2/);
    expect(p.rows[5]!.problems[0]!.message).toMatch(/Already a participant/);
    const refused = await host.client.gql(IMPORT, { i: { cohortId: cohort.id, csv } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((refused.errors?.[0]?.extensions?.problems as unknown[]).length).toBe(5);
    expect(
      await t.dataSource.query(`SELECT 1 FROM cohort_invitations WHERE email_key = $1`, [ok]),
    ).toHaveLength(0);
  });

  it('tells the host nothing about whether an address has an account or takes the course with another cohort', async () => {
    const host = await hostClient(t);
    const elsewhere = await createCohort((await hostClient(t)).client, releaseId);
    const cohort = await createCohort(host.client, releaseId);
    const inOther = await learnerClient(t);
    await inOther.client.gql(JOIN, { code: elsewhere.joinCode });
    const selfPaced = await learnerClient(t);
    const nobody = uniqueEmail('nobody');
    const csv = `email,name\n${inOther.email},A\n${selfPaced.email},B\n${nobody},C\n`;
    const res = await host.client.gql<{
      previewParticipantImport: Preview & { rows: Record<string, unknown>[] };
    }>(PREVIEW, { i: { cohortId: cohort.id, csv } });
    const p = res.data!.previewParticipantImport;
    expect(p.valid).toBe(true);
    const shape = (r: Record<string, unknown>) => ({ ...r, email: 'x', name: 'x', line: 0 });
    expect(shape(p.rows[0]!)).toEqual(shape(p.rows[2]!));
    expect(shape(p.rows[1]!)).toEqual(shape(p.rows[2]!));
  });

  it('invites without creating accounts, moving enrolments or showing anyone to the host until they accept as themselves', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId, { locale: 'nl' });
    const existing = await learnerClient(t);
    const enrolled = await existing.client.gql(
      `mutation($r: ID) { enrol(input: { courseSlug: "basics", releaseId: $r }) { id } }`,
      { r: releaseId },
    );
    expect(enrolled.errors).toBeUndefined();
    const fresh = uniqueEmail('new');
    const csv = `email,name,organisation,language\n${fresh},"Doe, Jane",Stad Gent,nl\n${existing.email},Existing,Provincie,en\n`;
    const res = await host.client.gql<{ importParticipants: Record<string, number> }>(IMPORT, {
      i: { cohortId: cohort.id, csv },
    });
    expect(res.data?.importParticipants).toEqual({ invited: 2, invitationsSent: 0 });

    // Nothing made, nothing moved, nothing shown.
    expect(
      await t.dataSource.query(`SELECT 1 FROM users WHERE email_key = $1`, [fresh]),
    ).toHaveLength(0);
    expect(
      await t.dataSource.query(`SELECT cohort_id FROM enrolments WHERE user_id = $1`, [
        existing.id,
      ]),
    ).toEqual([{ cohort_id: null }]);
    const dashboard = await host.client.gql<{ cohortDashboard: { participants: unknown[] } }>(
      DASHBOARD,
      { id: cohort.id },
    );
    expect(dashboard.data!.cohortDashboard.participants).toEqual([]);
    expect(
      (
        await host.client.gql<{ cohortParticipants: { total: number } }>(PARTICIPANTS, {
          id: cohort.id,
        })
      ).data!.cohortParticipants.total,
    ).toBe(0);
    for (const kind of ['progress', 'attendance', 'quiz-results'])
      expect((await exportCsv(host.client, cohort.id, kind)).text).not.toContain(existing.email);

    const outbox = await host.client.gql<Outbox>(OUTBOX, { id: cohort.id });
    expect(outbox.data!.cohortOutbox.total).toBe(2);
    const token = await invitationToken(host.client, cohort.id, existing.email);
    const stored: { token_hash: string }[] = await t.dataSource.query(
      `SELECT token_hash FROM cohort_invitations WHERE cohort_id = $1`,
      [cohort.id],
    );
    expect(stored.map((s) => s.token_hash).join()).not.toContain(token); // only the hash is stored

    // The link shows whom it invites; only that person, signed in, can accept it.
    const seen = await t.client().gql<{ invitation: Record<string, string> }>(LOOKUP, { token });
    expect(seen.data?.invitation).toEqual({
      cohortName: cohort.name,
      email: existing.email,
      displayName: 'Existing',
      locale: 'en',
      state: 'pending',
    });
    expect((await t.client().gql(ACCEPT, { i: { token } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const byHost = await host.client.gql(ACCEPT, { i: { token } });
    expect(byHost.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INVITATION_FOR_ANOTHER_EMAIL',
    });
    const accepted = await existing.client.gql<{
      acceptInvitation: { status: string; cohortId: string };
    }>(ACCEPT, { i: { token } });
    expect(accepted.data?.acceptInvitation).toEqual({ status: 'joined', cohortId: cohort.id });
    expect((await existing.client.gql(ACCEPT, { i: { token } })).data).toBeTruthy(); // repeating is harmless
    expect(
      await t.dataSource.query(`SELECT cohort_id, locale FROM enrolments WHERE user_id = $1`, [
        existing.id,
      ]),
    ).toEqual([{ cohort_id: cohort.id, locale: 'nl' }]);
    const after = await host.client.gql<{
      cohortDashboard: { participants: { userId: string }[] };
    }>(DASHBOARD, { id: cohort.id });
    expect(after.data!.cohortDashboard.participants.map((p) => p.userId)).toEqual([existing.id]);
    expect((await exportCsv(host.client, cohort.id, 'progress')).text).toContain(existing.email);
    const [member] = await t.dataSource.query(
      `SELECT organisation FROM cohort_members WHERE cohort_id = $1 AND user_id = $2`,
      [cohort.id, existing.id],
    );
    expect(member.organisation).toBe('Provincie');

    // A new address: the invitee registers with it, then accepts.
    const freshToken = await invitationToken(host.client, cohort.id, fresh);
    const browser = t.client();
    await registerUser(browser, { email: fresh, displayName: 'Jane Doe' });
    const joined = await browser.gql<{ acceptInvitation: { status: string } }>(ACCEPT, {
      i: { token: freshToken },
    });
    expect(joined.data?.acceptInvitation.status).toBe('joined');
    const mine = await browser.gql<{ myCohorts: { cohort: { id: string } }[] }>(
      `{ myCohorts { cohort { id } } }`,
    );
    expect(mine.data?.myCohorts.map((c) => c.cohort.id)).toEqual([cohort.id]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email_key = $1`,
      [fresh],
    );
    expect(n).toBe(1); // the registration's own session; accepting opened none
  });

  it('refuses a link used by someone else, expired invitations, and a file larger than the free places (pending invitations count)', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId, { capacity: 2 });
    const invitee = await learnerClient(t);
    const other = await learnerClient(t);
    await host.client.gql(IMPORT, {
      i: { cohortId: cohort.id, csv: `email,name\n${invitee.email},A\n` },
    });
    const token = await invitationToken(host.client, cohort.id, invitee.email);
    expect((await other.client.gql(ACCEPT, { i: { token } })).errors?.[0]?.extensions?.reason).toBe(
      'INVITATION_FOR_ANOTHER_EMAIL',
    );
    await invitee.client.gql(ACCEPT, { i: { token } });
    expect((await other.client.gql(ACCEPT, { i: { token } })).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );

    await host.client.gql(IMPORT, {
      i: { cohortId: cohort.id, csv: `email,name\n${other.email},B\n` },
    });
    const p = await host.client.gql<{ previewParticipantImport: Preview }>(PREVIEW, {
      i: { cohortId: cohort.id, csv: `email,name\n${uniqueEmail()},C\n${other.email},B\n` },
    });
    expect(p.data!.previewParticipantImport.fileProblems[0]!.message).toMatch(/0 free places/);
    expect(p.data!.previewParticipantImport.rows[1]!.problems[0]!.message).toMatch(
      /Already invited/,
    );
    const otherToken = await invitationToken(host.client, cohort.id, other.email);
    await t.dataSource.query(
      `UPDATE cohort_invitations SET expires_at = now() - interval '1 minute' WHERE cohort_id = $1 AND accepted_at IS NULL`,
      [cohort.id],
    );
    expect(
      (await t.client().gql<{ invitation: { state: string } }>(LOOKUP, { token: otherToken })).data
        ?.invitation.state,
    ).toBe('expired');
    const res = await other.client.gql(ACCEPT, { i: { token: otherToken } });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toMatch(/expired/);
  });
});

describe('invitations over SMTP', () => {
  it('mails the invitation, and an account registered for it confirms the address by a mailed link the host never sees', async () => {
    const smtp = await startTestSmtp();
    const mailing = await bootTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Academy <academy@example.test>',
    });
    try {
      const host = await hostClient(mailing);
      const cohort = await createCohort(host.client, releaseId);
      const veteran = await learnerClient(mailing);
      const email = uniqueEmail('mailed');
      const res = await host.client.gql(IMPORT, {
        i: {
          cohortId: cohort.id,
          csv: `email,name,language\n${email},Mia <b>,de\n${veteran.email},Vet,en\n`,
        },
      });
      expect(res.data).toEqual({ importParticipants: { invited: 2, invitationsSent: 2 } });
      await smtp.waitFor(2);
      expect(smtp.received).toHaveLength(2);
      const mia = smtp.received.find((m) => m.to.includes(email))!;
      expect(mia.from).toBe('academy@example.test');
      expect(mia.messageId).toMatch(/^<[0-9a-f-]{36}@example\.test>$/);
      // Plain text and HTML, in the invitee's language, the user's text escaped in the HTML.
      expect(mia.raw).toMatch(/Content-Type: text\/plain/);
      expect(mia.raw).toMatch(/Content-Type: text\/html/);
      const text = plainOf(mia);
      expect(text).toMatch(/Guten Tag Mia <b>,/);
      expect(text).toContain('Guten Tag Mia &lt;b&gt;,');
      expect(text).toMatch(/\/invitation\/[A-Za-z0-9_-]+/);
      await expect
        .poll(
          async () =>
            (
              await host.client.gql<Outbox>(OUTBOX, { id: cohort.id })
            ).data!.cohortOutbox.items.every((m) => m.sentAt !== null),
          { timeout: 10_000 },
        )
        .toBe(true);

      // An account that existed before the invitation accepts at once.
      const vetToken = await invitationToken(host.client, cohort.id, veteran.email);
      expect(
        (
          await veteran.client.gql<{ acceptInvitation: { status: string } }>(ACCEPT, {
            i: { token: vetToken },
          })
        ).data?.acceptInvitation.status,
      ).toBe('joined');

      // Registering for the invitation: a confirmation link goes to the address, not to the outbox.
      const token = await invitationToken(host.client, cohort.id, email);
      const browser = mailing.client();
      await registerUser(browser, { email });
      const pending = await browser.gql<{ acceptInvitation: { status: string } }>(ACCEPT, {
        i: { token },
      });
      expect(pending.data?.acceptInvitation.status).toBe('confirmationSent');
      expect(
        await mailing.dataSource.query(
          `SELECT 1 FROM cohort_members WHERE cohort_id = $1 AND user_id = (SELECT id FROM users WHERE email_key = $2)`,
          [cohort.id, email],
        ),
      ).toHaveLength(0);
      await smtp.waitFor(3);
      expect(smtp.received).toHaveLength(3);
      const mailed = plainOf(smtp.received[2]!);
      const confirmation = /confirm=([A-Za-z0-9_-]+)/.exec(mailed)![1]!;
      expect(
        (await host.client.gql<Outbox>(OUTBOX, { id: cohort.id }))
          .data!.cohortOutbox.items.map((m) => m.body)
          .join(),
      ).not.toContain(confirmation);
      expect(
        (await host.client.gql(ACCEPT, { i: { token, confirmation } })).errors?.[0]?.extensions
          ?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await browser.gql(ACCEPT, { i: { token, confirmation: 'x'.repeat(43) } })).errors?.[0]
          ?.extensions?.code,
      ).toBe('CONFLICT');
      const joined = await browser.gql<{ acceptInvitation: { status: string } }>(ACCEPT, {
        i: { token, confirmation },
      });
      expect(joined.data?.acceptInvitation.status).toBe('joined');

      // An announcement reaches every participant by mail, in their language, the host's text escaped.
      const posted = await host.client.gql(
        `mutation($i: AnnouncementInput!) { postAnnouncement(input: $i) { id } }`,
        {
          i: { cohortId: cohort.id, title: 'Bring <b>laptops</b>', body: 'Room 2 & 3' },
        },
      );
      expect(posted.errors).toBeUndefined();
      await smtp.waitFor(5);
      const announced = smtp.received.slice(3);
      expect(announced.flatMap((m) => m.to).sort()).toEqual([email, veteran.email].sort());
      const toVeteran = plainOf(announced.find((m) => m.to.includes(veteran.email))!);
      expect(toVeteran).toContain('A new announcement from the hosts of');
      expect(toVeteran).toContain('Bring &lt;b&gt;laptops&lt;/b&gt;');
      expect(toVeteran).toContain('Room 2 &amp; 3');
      expect(toVeteran).not.toContain('<b>laptops</b></p>');
    } finally {
      await mailing.close();
      await smtp.close();
    }
  });
});
