import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { sendMail } from './smtp.js';

export interface Mail {
  cohortId: string;
  to: string;
  subject: string;
  body: string;
}

/**
 * Every message is first written to the cohort's outbox inside the caller's transaction, so a
 * rolled-back import sends nothing. After commit, `deliver` sends it over SMTP when SMTP_URL is
 * set; without it the message waits in the outbox for a host to copy.
 */
@Injectable()
export class MailerService {
  private readonly logger = new Logger('Mailer');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get smtpConfigured(): boolean {
    return this.config.smtpUrl !== undefined;
  }

  async queue(em: EntityManager, mails: Mail[]): Promise<string[]> {
    if (mails.length === 0) return [];
    const rows: { id: string }[] = await em.query(
      `INSERT INTO cohort_outbox (cohort_id, to_email, subject, body)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) RETURNING id`,
      [mails.map((m) => m.cohortId), mails.map((m) => m.to), mails.map((m) => m.subject), mails.map((m) => m.body)],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Sends one message over SMTP without writing it to a cohort's outbox (secrets meant for the
   * recipient only). Failures are logged, never thrown; returns whether it went out.
   */
  async sendPrivately(mail: Omit<Mail, 'cohortId'>): Promise<boolean> {
    const smtpUrl = this.config.smtpUrl;
    if (!smtpUrl) return false;
    try {
      await sendMail(smtpUrl, { from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.body });
      return true;
    } catch (error) {
      this.logger.warn(`Could not send a private message: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  /** Sends queued messages one by one; failures are recorded on the message, never thrown. */
  async deliver(ids: string[]): Promise<number> {
    const smtpUrl = this.config.smtpUrl;
    if (!smtpUrl || ids.length === 0) return 0;
    const rows: { id: string; to_email: string; subject: string; body: string }[] = await this.dataSource.query(
      `SELECT id, to_email, subject, body FROM cohort_outbox WHERE id = ANY($1::uuid[]) AND sent_at IS NULL`,
      [ids],
    );
    let sent = 0;
    for (const row of rows) {
      try {
        await sendMail(smtpUrl, { from: this.config.mailFrom, to: row.to_email, subject: row.subject, text: row.body });
        await this.dataSource.query(`UPDATE cohort_outbox SET sent_at = now(), error = NULL WHERE id = $1`, [row.id]);
        sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Could not send to ${row.to_email}: ${message}`);
        await this.dataSource.query(`UPDATE cohort_outbox SET error = $2 WHERE id = $1`, [row.id, message.slice(0, 500)]);
      }
    }
    return sent;
  }
}
