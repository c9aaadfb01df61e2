import { Module } from '@nestjs/common';
import { MailerService } from '../cohorts/mailer.service.js';

/**
 * Outgoing mail for features other than cohorts (account notices). The mailer itself still lives
 * in cohorts/; this module is where it belongs once it moves, so importers need not change.
 */
@Module({
  providers: [MailerService],
  exports: [MailerService],
})
export class MailModule {}
