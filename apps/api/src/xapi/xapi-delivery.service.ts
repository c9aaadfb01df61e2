import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CertificateEvents, type CertificateIssued } from '../certificates/index.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ReleaseService } from '../curriculum/index.js';
import { IdentityService } from '../identity/index.js';
import { JobsService, QUEUES } from '../jobs/index.js';
import { LearningEvents, type LearningRecord } from '../learning/index.js';
import { XapiStoreEntity } from './xapi.entities.js';
import {
  buildStatement,
  XAPI_VERSION,
  type XapiActor,
  type XapiRecord,
  type XapiStatement,
} from './xapi-statements.js';
import { XapiStoresService } from './xapi-stores.service.js';

/** The xapi-statement job: one record to send to one store. */
export interface XapiStatementJob {
  storeId: string;
  record: XapiRecord;
}

/**
 * Sends learning records to Learning Record Stores as xAPI 1.0.3 statements. A record's job is
 * written in the transaction that stored the record, one per enabled store; the job builds the
 * statement and PUTs it under its stable id, so a retry stores nothing twice. Never blocks the
 * learner: only the job insert happens in their request.
 */
@Injectable()
export class XapiDeliveryService implements OnModuleInit {
  private readonly logger = new Logger('xapi');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly stores: XapiStoresService,
    private readonly jobs: JobsService,
    private readonly learning: LearningEvents,
    private readonly certificates: CertificateEvents,
    private readonly identity: IdentityService,
    private readonly releases: ReleaseService,
  ) {}

  get base(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/+$/, '');
  }

  onModuleInit() {
    this.learning.onRecorded((record, em) => this.queue(em, serialise(record)));
    this.certificates.onIssued((event, em) => this.queue(em, earned(event)));
    this.jobs.handle<XapiStatementJob>(QUEUES.xapiStatement, (job) => this.send(job));
  }

  private async queue(em: EntityManager, record: XapiRecord): Promise<void> {
    const stores = await em.getRepository(XapiStoreEntity).find({
      select: { id: true },
      where: { enabled: true },
    });
    for (const store of stores)
      await this.jobs.send(em, QUEUES.xapiStatement, {
        storeId: store.id,
        record,
      } satisfies XapiStatementJob);
  }

  /** The statement a job sends (also for tests and the admin's preview). */
  async statement(record: XapiRecord, shareEmail: boolean): Promise<XapiStatement | null> {
    const [user, release] = await Promise.all([
      this.identity.findUser(record.enrolment.userId),
      this.releases.resolve(record.enrolment.releaseId),
    ]);
    if (!user) return null; // the account was deleted since: its records are not sent
    const actor: XapiActor = shareEmail
      ? { objectType: 'Agent', mbox: `mailto:${user.email}` }
      : { objectType: 'Agent', account: { homePage: this.base, name: user.id } };
    return buildStatement(record, {
      base: this.base,
      actor,
      releaseVersion: release.version,
      platform: this.config.issuerName,
    });
  }

  /** Sends one statement; throws (so the queue retries) when the store refuses or is away. */
  async send(job: XapiStatementJob): Promise<void> {
    const store = await this.stores.forSending(job.storeId);
    if (!store) return; // removed or switched off since
    const statement = await this.statement(job.record, store.shareEmail);
    if (!statement) return;
    const url = `${store.endpoint}/statements?statementId=${statement.id}`;
    const res = await fetch(url, {
      method: 'PUT',
      headers: {
        authorization: `Basic ${Buffer.from(`${store.key}:${store.secret}`).toString('base64')}`,
        'content-type': 'application/json',
        'x-experience-api-version': XAPI_VERSION,
      },
      body: JSON.stringify(statement),
      signal: AbortSignal.timeout(10_000),
    });
    await res.body?.cancel();
    // 409: the store has a statement with this id already (an earlier try got through).
    if (res.status === 409) return;
    if (!res.ok) throw new Error(`The LRS ${store.name} refused a statement: HTTP ${res.status}`);
    this.logger.debug(`Sent ${job.record.type} to ${store.name}`);
  }
}

const serialise = (record: LearningRecord): XapiRecord => ({
  ...record,
  at: record.at.toISOString(),
});

const earned = (e: CertificateIssued): XapiRecord => ({
  type: 'certificate-earned',
  at: e.issuedAt.toISOString(),
  enrolment: {
    id: e.enrolmentId,
    userId: e.userId,
    courseSlug: e.courseSlug,
    releaseId: e.releaseId,
    locale: e.locale,
  },
  certificateId: e.certificateId,
  verifyUrl: e.verifyUrl,
});
