import { Global, Module } from '@nestjs/common';
import { MailerService } from './mailer.service.js';

/** Outgoing mail for every feature: one pooled SMTP transport, sent by durable jobs. */
@Global()
@Module({
  providers: [MailerService],
  exports: [MailerService],
})
export class MailModule {}
