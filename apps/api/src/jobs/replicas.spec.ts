import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { CertificateService } from '../certificates/certificate.service.js';
import { importCurriculumFolder } from '../curriculum/import-bundled.js';
import { migrate, openDataSource } from '../database/data-source.js';
import { createCohort, hostClient } from '../cohorts/cohort.fixtures.js';
import { registerUser } from '../../test/factories.js';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { completeFixtureCourse } from '../../test/learning-helpers.js';
import { startTestSmtp, type TestSmtp } from '../../test/smtp-server.js';
import { createDatabase } from '../../test/test-database.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';
import { JobsService } from './jobs.service.js';

/**
 * Three API instances on one fresh database, started at once, sharing one job queue: work
 * caused by a request survives the instance that took the request, and happens exactly once.
 */
const INVITATIONS = 200;
let db: { url: string; drop(): Promise<void> };
let smtp: TestSmtp;
let replicas: TestApp[] = [];
let releaseId: string;
const fixture = curriculumCopy();

beforeAll(async () => {
  db = await createDatabase(inject('serverUrl'), 'academy_replicas');
  smtp = await startTestSmtp();
  const env = {
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Academy <academy@example.test>',
    JOBS_SCHEMA: 'pgboss',
    JOBS_EXPIRE_SECONDS: '3',
    JOBS_MAINTENANCE_SECONDS: '1',
  };
  // Like N replicas starting together: each migrates (under the advisory lock), then boots.
  replicas = await Promise.all(
    [0, 1, 2].map(async () => {
      const ds = await openDataSource(db.url);
      await migrate(ds);
      await ds.destroy();
      return bootTestApp(env, db.url);
    }),
  );
  const [core] = await importCurriculumFolder(replicas[0]!.dataSource, fixture.root);
  releaseId = core!.releaseId;
}, 120_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.close().catch(() => undefined)));
  await smtp?.close();
  fixture.cleanup();
  await db?.drop();
});

const IMPORT = `mutation($i: ParticipantCsvInput!) { importParticipants(input: $i) { invited invitationsSent } }`;

async function jobStates(queue: string): Promise<Record<string, number>> {
  const rows: { state: string; n: number }[] = await replicas[0]!.dataSource.query(
    `SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state`,
    [queue],
  );
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

describe('three replicas, one job queue', () => {
  it(`delivers ${INVITATIONS} invitations exactly once each, though one replica dies mid-batch`, async () => {
    const [a, b] = replicas as [TestApp, TestApp, TestApp];
    const host = await hostClient(a);
    const cohort = await createCohort(host.client, releaseId, { capacity: 1000 });
    const emails = Array.from(
      { length: INVITATIONS },
      (_, i) => `invitee-${i}-${cohort.id.slice(0, 8)}@example.test`,
    );
    const csv = `email,name,language\n${emails.map((e, i) => `${e},Invitee ${i},${['en', 'nl', 'de', 'fr', 'it', 'bg', 'fi', 'nb'][i % 8]}`).join('\n')}\n`;
    const res = await host.client.gql(IMPORT, { i: { cohortId: cohort.id, csv } });
    expect(res.data).toEqual({
      importParticipants: { invited: INVITATIONS, invitationsSent: INVITATIONS },
    });

    await smtp.waitFor(20, 30_000);
    expect(smtp.received.length).toBeLessThan(INVITATIONS); // mid-batch
    await b.app.get(JobsService).simulateCrash();

    await smtp.waitFor(INVITATIONS, 60_000);
    // Every job done (the dead replica's held jobs expired and ran elsewhere), then count.
    await expect
      .poll(() => jobStates('mail-send'), { timeout: 60_000, interval: 250 })
      .toEqual({ completed: INVITATIONS });
    const perAddress = new Map<string, number>();
    for (const m of smtp.received)
      for (const to of m.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    expect([...perAddress.keys()].sort()).toEqual([...emails].sort());
    expect([...perAddress.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(INVITATIONS);
    const [sent] = await a.dataSource.query(
      `SELECT count(*)::int AS n FROM cohort_outbox WHERE cohort_id = $1 AND sent_at IS NOT NULL`,
      [cohort.id],
    );
    expect(sent.n).toBe(INVITATIONS);
  }, 180_000);

  it('issues exactly one certificate within a minute when the completing replica dies before issuing it', async () => {
    const [a, , c] = replicas as [TestApp, TestApp, TestApp];
    // Replica a commits the completion (and its job), then dies before issuing the certificate.
    vi.spyOn(a.app.get(CertificateService), 'issueFor').mockRejectedValue(
      new Error('killed before issuing'),
    );
    const learner = a.client();
    await registerUser(learner);
    const enrolmentId = await completeFixtureCourse(learner, a.dataSource, releaseId);
    await a.app.get(JobsService).simulateCrash();
    const [completed] = await c.dataSource.query(
      `SELECT completed_at FROM enrolments WHERE id = $1`,
      [enrolmentId],
    );
    expect(completed.completed_at).not.toBeNull();

    const started = Date.now();
    await expect
      .poll(
        async () =>
          (
            await c.dataSource.query(
              `SELECT count(*)::int AS n FROM certificates WHERE enrolment_id = $1`,
              [enrolmentId],
            )
          )[0].n,
        {
          timeout: 60_000,
          interval: 200,
        },
      )
      .toBe(1);
    expect(Date.now() - started).toBeLessThan(60_000);
    await expect
      .poll(() => jobStates('certificate-issue'), { timeout: 30_000, interval: 250 })
      .toEqual({ completed: 1 });
    const [count] = await c.dataSource.query(
      `SELECT count(*)::int AS n FROM certificates WHERE enrolment_id = $1`,
      [enrolmentId],
    );
    expect(count.n).toBe(1);
  }, 120_000);
});
