import { Global, Module } from '@nestjs/common';
import { MailerService } from './mailer.service.js';
import { MailPersonalData } from './personal-data.service.js';

/** Outgoing mail for every feature: one pooled SMTP transport, sent by durable jobs. */
@Global()
@Module({
  providers: [MailerService, MailPersonalData],
  exports: [MailerService, MailPersonalData],
})
export class MailModule {}
