import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/** Queues of work caused by other work. Each handler is idempotent: a job may run more than once. */
export const QUEUES = {
  certificateIssue: 'certificate-issue',
  mailSend: 'mail-send',
  ltiScore: 'lti-score',
  privacyRetention: 'privacy-retention',
  xapiStatement: 'xapi-statement',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Workers per queue in each replica, each taking up to BATCH_SIZE jobs at a time. An idle worker
 * polls once per JOBS_POLL_SECONDS; after a full batch it fetches again at once.
 */
const WORKERS_PER_QUEUE = 2;
const BATCH_SIZE = 10;

export type JobHandler<T> = (data: T, job: { id: string }) => Promise<void>;

export interface FailedJob {
  id: string;
  queue: string;
  error: string;
  retryCount: number;
  createdOn: Date;
  failedOn: Date | null;
}

/**
 * Durable jobs on PostgreSQL (pg-boss). `send` writes the job with the caller's transaction
 * (transactional outbox): the job exists exactly when its cause committed. Workers run on every
 * replica unless JOBS_WORKERS=false; pg-boss hands each job to one worker (SKIP LOCKED), retries
 * failures with exponential back-off (by default ten times from 5 s, about 85 minutes in all),
 * and re-queues jobs whose worker died once they expire.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly handlers = new Map<QueueName, JobHandler<never>>();
  private readonly schedules = new Map<QueueName, string>();
  private started: Promise<void> | null = null;
  private readonly queueOptions: PgBoss.RetryOptions & PgBoss.ExpirationOptions;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const options = this.dataSource.options as { url?: string };
    const t = config.jobTimings;
    this.queueOptions = {
      retryLimit: t.retryLimit,
      retryDelay: t.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: t.expireSeconds,
    };
    this.boss = new PgBoss({
      connectionString: options.url,
      schema: config.jobsSchema,
      max: 4,
      application_name: 'academy-jobs',
      maintenanceIntervalSeconds: t.maintenanceSeconds,
      ...this.queueOptions,
    });
    this.boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
  }

  get schema(): string {
    return this.config.jobsSchema;
  }

  /** Registers the handler of a queue; workers start once the application has booted. */
  handle<T>(queue: QueueName, handler: JobHandler<T>): void {
    this.handlers.set(queue, handler);
  }

  /**
   * Runs a queue's job on a cron schedule (UTC). pg-boss keeps the schedule in its tables and
   * sends one job per tick whichever replicas are running, so the work is not repeated per replica.
   */
  schedule(queue: QueueName, cron: string): void {
    this.schedules.set(queue, cron);
  }

  /** Starts pg-boss (creating its schema under pg-boss's own advisory lock) and the queues. */
  start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      // Replicas starting together race to create the queues; the losers' errors are expected, so
      // each checks until its queue exists (pg-boss would drop jobs sent to a missing queue).
      for (const name of Object.values(QUEUES)) {
        for (let attempt = 0; !(await this.boss.getQueue(name)); attempt++) {
          if (attempt === 10) throw new Error(`Could not create the job queue ${name}.`);
          await this.boss
            .createQueue(name, { name, ...this.queueOptions })
            .catch(() => new Promise((r) => setTimeout(r, 50 + Math.random() * 200)));
        }
      }
    })();
    return this.started;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
    for (const [queue, cron] of this.schedules)
      await this.boss.schedule(queue, cron, {}, { tz: 'UTC' });
    if (!this.config.jobWorkers) return;
    for (const [queue, handler] of this.handlers) {
      for (let i = 0; i < WORKERS_PER_QUEUE; i++) {
        const options = {
          batchSize: BATCH_SIZE,
          pollingIntervalSeconds: this.config.jobTimings.pollSeconds,
        };
        let workerId = '';
        workerId = await this.boss.work<Record<string, unknown>>(queue, options, async (batch) => {
          // Each job of the batch succeeds or fails on its own: a failed one is reported (retried
          // with back-off) here; pg-boss then marks the rest, still active, completed.
          const results = await Promise.allSettled(
            batch.map((job) => handler(job.data as never, { id: job.id })),
          );
          for (const [index, result] of results.entries()) {
            if (result.status === 'fulfilled') continue;
            const error =
              result.reason instanceof Error ? result.reason : new Error(String(result.reason));
            this.logger.warn(`${queue} job ${batch[index]!.id} failed: ${error.message}`);
            await this.boss.fail(queue, batch[index]!.id, {
              message: error.message,
              name: error.name,
            });
          }
          // A full batch means more may be waiting: fetch again at once instead of after the interval.
          if (batch.length === BATCH_SIZE && workerId) this.boss.notifyWorker(workerId);
        });
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.started)
      await this.boss.stop({ graceful: true, timeout: 10_000 }).catch(() => undefined);
  }

  /** Writes a job with the caller's transaction: it commits, or rolls back, with its cause. */
  async send(
    em: EntityManager,
    queue: QueueName,
    data: object,
    options: { singletonKey?: string; expireInSeconds?: number } = {},
  ): Promise<string | null> {
    await this.start();
    const runner = em.queryRunner;
    if (!runner?.isTransactionActive)
      throw new Error(`A ${queue} job must be written inside its cause's transaction.`);
    const db: PgBoss.Db = {
      executeSql: async (text, values) => ({
        rows: (await runner.query(text, values, true)).records as unknown[],
      }),
    };
    const id = await this.boss.send(queue, data, { ...options, db });
    // Without an id the job was not written; the cause must not commit without it.
    if (!id && !options.singletonKey) throw new Error(`The ${queue} job was not written.`);
    return id;
  }

  /**
   * Deletes a queue's jobs, waiting or done (pg-boss keeps finished ones in its archive), whose
   * data contains `match` (JSON containment), in the caller's transaction: erasure uses it for jobs
   * that still name a deleted person.
   */
  async deleteJobs(em: EntityManager, queue: QueueName, match: object): Promise<void> {
    for (const table of ['job', 'archive']) {
      await em.query(`DELETE FROM ${this.schema}.${table} WHERE name = $1 AND data @> $2::jsonb`, [
        queue,
        JSON.stringify(match),
      ]);
    }
  }

  /** Failed jobs (retries used up), newest first; no payloads: they may hold addresses. */
  async failed(offset: number, limit: number): Promise<{ items: FailedJob[]; total: number }> {
    await this.start();
    const rows: (FailedJob & { total: number })[] = await this.dataSource.query(
      `SELECT id, name AS queue, retry_count AS "retryCount", created_on AS "createdOn", completed_on AS "failedOn",
              coalesce(output->>'message', output->'value'->>'message', output->>'value', output::text, '') AS error,
              count(*) OVER ()::int AS total
         FROM ${this.schema}.job WHERE state = 'failed' AND name = ANY($1::text[])
        ORDER BY completed_on DESC NULLS LAST, id OFFSET $2 LIMIT $3`,
      [Object.values(QUEUES), offset, limit],
    );
    return {
      items: rows.map(({ total: _t, ...job }) => ({ ...job, error: job.error.slice(0, 2000) })),
      total: rows[0]?.total ?? 0,
    };
  }

  /** Puts one failed job back in its queue (with one more try); false when it is not failed. */
  async retry(id: string): Promise<boolean> {
    await this.start();
    const [row]: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM ${this.schema}.job WHERE id = $1 AND state = 'failed'`,
      [id],
    );
    if (!row) return false;
    await this.boss.retry(row.name, id);
    return true;
  }
}
