import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/index.js';
import { CohortsPersonalData } from '../cohorts/index.js';
import { AppError, ErrorCode } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { InactiveAccounts } from '../identity/index.js';
import { JobsService, QUEUES } from '../jobs/index.js';
import { MailerService, MailPersonalData } from '../mail/index.js';
import { PrivacyService } from './privacy.service.js';
import { inactivityWarning } from './retention-mail.js';

const DAY = 86_400_000;
/** Accounts warned, and anonymised, per run: a run stays short; the rest follow the next day. */
const BATCH = 200;
/** Every day at 03:17 UTC. */
const DAILY = '17 3 * * *';

export interface RetentionReport {
  warned: number;
  anonymised: number;
  invitationsPurged: number;
  outboxPurged: number;
  mailPurged: number;
  auditEntriesForgotten: number;
}

/**
 * Retention (GDPR Art. 5(1)(e); issue 21, item 4) as a daily pg-boss job: warns the holders of
 * unused accounts by mail, anonymises the accounts still unused after the warning period through
 * the erasure every person can ask for, and purges expired invitations, sent mail and the people
 * in old audit entries. Every step is idempotent, so a repeated or retried run does no harm.
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly accounts: InactiveAccounts,
    private readonly mailer: MailerService,
    private readonly privacy: PrivacyService,
    private readonly cohorts: CohortsPersonalData,
    private readonly mail: MailPersonalData,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.jobs.handle(QUEUES.privacyRetention, async () => {
      const report = await this.run();
      this.logger.log(`retention: ${JSON.stringify(report)}`);
    });
    this.jobs.schedule(QUEUES.privacyRetention, DAILY);
  }

  async run(now = new Date()): Promise<RetentionReport> {
    const r = this.config.privacy.retention;
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    return {
      warned: await this.warn(ago(r.inactiveAccountDays)),
      anonymised: await this.anonymise(ago(r.warningDays)),
      invitationsPurged: await this.cohorts.purgeExpiredInvitations(ago(r.invitationDays)),
      outboxPurged: await this.cohorts.purgeSentOutbox(ago(r.mailDays)),
      mailPurged: await this.mail.purgeSent(ago(r.mailDays)),
      auditEntriesForgotten: await this.audit.forgetPeopleBefore(ago(r.auditDays)),
    };
  }

  /** Marks each unused account warned and queues its mail in one transaction. */
  private async warn(inactiveSince: Date): Promise<number> {
    const { inactiveAccountDays, warningDays } = this.config.privacy.retention;
    const base = (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(
      /\/$/,
      '',
    );
    let warned = 0;
    for (const account of await this.accounts.toWarn(inactiveSince, BATCH)) {
      await this.dataSource.transaction(async (em) => {
        if (!(await this.accounts.markWarned(em, account.id, inactiveSince))) return;
        warned++;
        // Without SMTP, or for an account a learning platform opened (an address under .invalid),
        // there is no way to write: the period still runs, as the notice says.
        if (account.email.endsWith('.invalid')) return;
        await this.mailer.queuePrivately(
          {
            to: account.email,
            locale: account.preferredLocale,
            ...inactivityWarning(account.preferredLocale, {
              name: account.displayName,
              inactiveDays: inactiveAccountDays,
              days: warningDays,
              signIn: `${base}/sign-in`,
            }),
          },
          em,
        );
      });
    }
    return warned;
  }

  /** The erasure a person can ask for, keeping certificates verifiable (their holder earned them). */
  private async anonymise(warnedBefore: Date): Promise<number> {
    let anonymised = 0;
    for (const userId of await this.accounts.toAnonymise(warnedBefore, BATCH)) {
      try {
        await this.privacy.erase({
          userId,
          confirmation: null,
          keepCertificatesVerifiable: true,
          adminId: null,
          retention: { warnedBefore },
        });
        anonymised++;
      } catch (error) {
        // Signed in (or deleted) since it was listed: nothing to do.
        const skipped =
          error instanceof AppError &&
          (error.code === ErrorCode.Conflict || error.code === ErrorCode.NotFound);
        if (!skipped) throw error;
      }
    }
    return anonymised;
  }
}
