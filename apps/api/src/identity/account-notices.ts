import { Inject, Injectable } from '@nestjs/common';
import { MailerService } from '../cohorts/mailer.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { UserEntity } from './user.entity.js';

const texts = {
  en: {
    subject: 'Someone tried to create an account with your email address',
    body: (signIn: string) =>
      `Someone (perhaps you) tried to create a new account on the Circular Procurement Academy with this email address, which already has an account.\n\nNo new account was created and nothing about your account changed.\n\nIf it was you, sign in with your existing password: ${signIn}\nIf you were invited to a cohort and have not chosen a password yet, use the link in your invitation.\nIf it was not you, you can ignore this message.`,
  },
  nl: {
    subject: 'Iemand probeerde een account aan te maken met uw e-mailadres',
    body: (signIn: string) =>
      `Iemand (misschien u) probeerde een nieuw account aan te maken op de Circular Procurement Academy met dit e-mailadres, dat al een account heeft.\n\nEr is geen nieuw account aangemaakt en aan uw account is niets veranderd.\n\nWas u het, meld u dan aan met uw bestaande wachtwoord: ${signIn}\nBent u uitgenodigd voor een cohort en heeft u nog geen wachtwoord gekozen, gebruik dan de link in uw uitnodiging.\nWas u het niet, dan kunt u dit bericht negeren.`,
  },
  de: {
    subject: 'Jemand wollte mit Ihrer E-Mail-Adresse ein Konto anlegen',
    body: (signIn: string) =>
      `Jemand (vielleicht Sie) wollte an der Circular Procurement Academy ein neues Konto mit dieser E-Mail-Adresse anlegen, zu der es bereits ein Konto gibt.\n\nEs wurde kein neues Konto angelegt, und an Ihrem Konto hat sich nichts geändert.\n\nWaren Sie es, melden Sie sich mit Ihrem bisherigen Passwort an: ${signIn}\nWurden Sie zu einer Kohorte eingeladen und haben noch kein Passwort gewählt, nutzen Sie den Link in Ihrer Einladung.\nWaren Sie es nicht, können Sie diese Nachricht ignorieren.`,
  },
} as const;

/** Mail that tells an account's owner about something done with their address. */
@Injectable()
export class AccountNotices {
  constructor(
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Someone registered with an address that has an account. Sent in the background (when SMTP is
   * configured) so the registration answers in the same time as for a new address.
   */
  registrationForExistingAccount(user: Pick<UserEntity, 'email' | 'preferredLocale'>): Promise<boolean> {
    const text = texts[user.preferredLocale as keyof typeof texts] ?? texts.en;
    const signIn = `${(this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '')}/sign-in`;
    return this.mailer.sendPrivately({ to: user.email, subject: text.subject, body: text.body(signIn) });
  }
}
