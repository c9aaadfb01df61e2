// The mail feature's public entry: what other features may use (see docs/decisions/0009).
export { MailModule } from './mail.module.js';
export { mailTexts, type MailText } from './mail-texts.js';
export { MailerService, type CohortMail, type PrivateMail } from './mailer.service.js';
export { MailPersonalData } from './personal-data.service.js';
