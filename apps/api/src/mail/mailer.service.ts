import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JobsService, QUEUES } from '../jobs/index.js';
import { renderHtml, type MailText } from './mail-texts.js';

/** A message to a cohort's participant: it stays in the cohort outbox that the hosts can read. */
export interface CohortMail extends MailText {
  cohortId: string;
  to: string;
  locale: string;
}

/** A message for its recipient's eyes only. */
export interface PrivateMail extends MailText {
  to: string;
  locale: string;
}

/** Where a queued message waits; the job carries only this and the row's id. */
type Store = 'outbox' | 'private';
const TABLES: Record<Store, string> = { outbox: 'cohort_outbox', private: 'mail_messages' };
export interface MailJob {
  store: Store;
  id: string;
}

/**
 * The one mailer. Every message is written as a row, and (with SMTP_URL) a mail-send job, in the
 * caller's transaction: a rolled-back import sends nothing, a committed one is sent even if this
 * process dies next. The job sends through a pooled nodemailer transport, with the row's id as
 * Message-ID, and marks the row sent; a row already sent is never sent again. Without SMTP_URL
 * cohort mail waits in the outbox for a host to copy, and private mail is not written at all.
 */
@Injectable()
export class MailerService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Mailer');
  private transport: Transporter | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  get smtpConfigured(): boolean {
    return this.config.smtpUrl !== undefined;
  }

  onModuleInit(): void {
    this.jobs.handle<MailJob>(QUEUES.mailSend, (job) => this.deliver(job));
  }

  onModuleDestroy(): void {
    this.transport?.close();
    this.transport = null;
  }

  /** Writes cohort mail to the outbox (and its send jobs, with SMTP) in the caller's transaction. */
  async queue(em: EntityManager, mails: CohortMail[]): Promise<string[]> {
    if (mails.length === 0) return [];
    const rows: { id: string }[] = await em.query(
      `INSERT INTO cohort_outbox (cohort_id, to_email, subject, body, html)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) RETURNING id`,
      [
        mails.map((m) => m.cohortId),
        mails.map((m) => m.to),
        mails.map((m) => m.subject),
        mails.map((m) => m.text),
        mails.map((m) => renderHtml(m.text, m.locale)),
      ],
    );
    const ids = rows.map((r) => r.id);
    if (this.smtpConfigured)
      for (const id of ids)
        await this.jobs.send(em, QUEUES.mailSend, { store: 'outbox', id } satisfies MailJob);
    return ids;
  }

  /**
   * Queues a private message in the caller's transaction (or its own); returns false without
   * SMTP, when there is no way to reach the recipient privately.
   */
  async queuePrivately(mail: PrivateMail, em?: EntityManager): Promise<boolean> {
    if (!this.smtpConfigured) return false;
    const write = async (tx: EntityManager) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO mail_messages (to_email, subject, body, html) VALUES ($1, $2, $3, $4) RETURNING id`,
        [mail.to, mail.subject, mail.text, renderHtml(mail.text, mail.locale)],
      );
      await this.jobs.send(tx, QUEUES.mailSend, {
        store: 'private',
        id: row!.id,
      } satisfies MailJob);
    };
    if (em?.queryRunner?.isTransactionActive) await write(em);
    else await this.dataSource.transaction(write);
    return true;
  }

  /**
   * The mail-send job: claims the row (no other worker sends it while the claim lasts), sends
   * it, marks it sent. Throws on failure so the job is retried with back-off.
   */
  async deliver(job: MailJob): Promise<void> {
    const table = TABLES[job.store];
    if (!table) throw new Error(`Unknown mail store ${String(job.store)}`);
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [[row]]: [
      { id: string; to_email: string; subject: string; body: string | null; html: string | null }[],
      number,
    ] = await this.dataSource.query(
      `UPDATE ${table} SET claimed_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
        RETURNING id, to_email, subject, body, html`,
      // The claim lasts as long as pg-boss's lease on the job: when a dead worker's job expires
      // and runs elsewhere, its claim has expired too.
      [job.id, this.config.jobTimings.expireSeconds],
    );
    if (!row) {
      const [state]: { sent: boolean }[] = await this.dataSource.query(
        `SELECT sent_at IS NOT NULL AS sent FROM ${table} WHERE id = $1`,
        [job.id],
      );
      if (!state || state.sent) return; // sent already, or its cohort was deleted: nothing to do
      throw new Error('Another worker is sending this message; trying again later.');
    }
    try {
      await this.transporter().sendMail({
        from: this.config.mailFrom,
        to: row.to_email,
        subject: row.subject,
        text: row.body ?? '',
        html: row.html ?? undefined,
        messageId: this.messageId(row.id),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Could not send message ${row.id}: ${message}`);
      await this.dataSource.query(
        `UPDATE ${table} SET error = $2, claimed_until = NULL WHERE id = $1`,
        [row.id, message.slice(0, 500)],
      );
      throw error;
    }
    const erase = job.store === 'private' ? ', body = NULL, html = NULL' : '';
    await this.dataSource.query(
      `UPDATE ${table} SET sent_at = now(), error = NULL, claimed_until = NULL${erase} WHERE id = $1`,
      [row.id],
    );
  }

  /** `<id@domain of MAIL_FROM>`: the same for every try, so receivers can spot a repeat. */
  messageId(id: string): string {
    const domain = /@([^>\s]+)>?\s*$/.exec(this.config.mailFrom)?.[1] ?? 'academy.invalid';
    return `<${id}@${domain}>`;
  }

  private transporter(): Transporter {
    if (!this.config.smtpUrl) throw new Error('SMTP_URL is not set.');
    this.transport ??= nodemailer.createTransport({
      url: this.config.smtpUrl,
      pool: true,
      maxConnections: 5,
      maxMessages: 100,
    } as never);
    return this.transport;
  }
}
