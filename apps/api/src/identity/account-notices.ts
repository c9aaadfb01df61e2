import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { mailTexts } from '../mail/index.js';
import { MailerService } from '../mail/index.js';
import type { UserEntity } from './user.entity.js';

/** Mail that tells an account's owner about something done with their address. */
@Injectable()
export class AccountNotices {
  private readonly logger = new Logger('AccountNotices');

  constructor(
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Someone registered with an address that has an account. Sent in the background (when SMTP is
   * configured) by a durable job, so the registration answers in the same time as for a new
   * address. Never throws: the caller does not wait for it.
   */
  async registrationForExistingAccount(
    user: Pick<UserEntity, 'email' | 'preferredLocale'>,
  ): Promise<boolean> {
    const signIn = `${(this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '')}/sign-in`;
    const text = mailTexts(user.preferredLocale).existingAccount({ signIn });
    return this.mailer
      .queuePrivately({ to: user.email, locale: user.preferredLocale, ...text })
      .catch((error: unknown) => {
        this.logger.warn(
          `Could not queue an account notice: ${error instanceof Error ? error.message : String(error)}`,
        );
        return false;
      });
  }
}
