import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { startTestSmtp, type TestSmtp } from '../../test/smtp-server.js';
import { freePort } from '../../test/test-database.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';
import { MailerService } from '../mail/mailer.service.js';

const FAILED = `query($offset: Int, $limit: Int) { failedJobs(offset: $offset, limit: $limit) { total offset limit items { id queue error retryCount createdOn failedOn } } }`;
const RETRY = `mutation($id: ID!) { retryJob(id: $id) }`;

let t: TestApp;
let port: number;
let smtp: TestSmtp | undefined;
beforeAll(async () => {
  port = await freePort(); // nothing listens here until the test starts a server
  t = await bootTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, JOBS_RETRY_LIMIT: '0' });
});
afterAll(async () => {
  await t?.close(); // first: its pooled SMTP connection ends, so the server can close at once
  await smtp?.close();
});

describe('failed jobs', () => {
  it('are listed for admins with their error, and one can be retried', async () => {
    const admin = t.client();
    const user = await registerUser(admin);
    await grantRoleInDb(t.dataSource, user.id, 'admin');
    const learner = t.client();
    await registerUser(learner);
    expect((await learner.gql(FAILED)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await t.app
      .get(MailerService)
      .queuePrivately({ to: 'nobody@example.test', locale: 'en', subject: 'Hello', text: 'Hi' });
    type Page = {
      failedJobs: {
        total: number;
        items: { id: string; queue: string; error: string; retryCount: number }[];
      };
    };
    await expect
      .poll(async () => (await admin.gql<Page>(FAILED)).data?.failedJobs.total, { timeout: 20_000 })
      .toBe(1);
    const [job] = (await admin.gql<Page>(FAILED, { offset: 0, limit: 10 })).data!.failedJobs.items;
    expect(job).toMatchObject({ queue: 'mail-send', retryCount: 0 });
    expect(job!.error).toMatch(/ECONNREFUSED|connect/i);
    expect(job!.error).not.toContain('nobody@example.test');

    // The server is back: the admin retries, and the message goes out once.
    smtp = await startTestSmtp({ port });
    expect((await admin.gql(RETRY, { id: job!.id })).data).toEqual({ retryJob: true });
    await smtp.waitFor(1, 20_000);
    expect(smtp.received.map((m) => m.to)).toEqual([['nobody@example.test']]);
    await expect
      .poll(async () => (await admin.gql<Page>(FAILED)).data?.failedJobs.total, { timeout: 10_000 })
      .toBe(0);
    expect((await admin.gql(RETRY, { id: job!.id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  }, 60_000);
});
