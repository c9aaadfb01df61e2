import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, ErrorCode, ForbiddenReason, conflict, notFound } from '../../common/errors.js';
import type { CurrentUser } from '../../common/graphql-context.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { emailKey, IdentityService } from '../../identity/index.js';
import { publicBase } from '../cohort-mapper.js';
import { hashToken, newSecretToken } from '../codes.js';
import { mailTexts } from '../../mail/index.js';
import { MailerService, type CohortMail } from '../../mail/index.js';
import { CohortEnrolments } from '../../learning/index.js';
import { addParticipant, lockCohort } from '../membership/membership.js';

export const INVITATION_DAYS = 14;

export interface Invitee {
  email: string;
  displayName: string;
  organisation: string | null;
  locale: string;
}

export type InvitationState = 'pending' | 'accepted' | 'expired';
export type AcceptanceStatus = 'joined' | 'confirmationSent';

/** What the link shows before anyone signs in: enough to sign in or register with the right address. */
export interface InvitationInfo {
  cohortName: string;
  email: string;
  displayName: string;
  locale: string;
  state: InvitationState;
  expiresAt: Date;
}

interface InvitationRow {
  id: string;
  cohort_id: string;
  email_key: string;
  organisation: string | null;
  expires_at: Date;
  accepted_at: Date | null;
  user_id: string | null;
  confirmation_hash: string | null;
  confirmation_user_id: string | null;
  created_at: Date;
}

/**
 * Single-use, expiring invitations addressed to an email address; the database holds only the
 * token's SHA-256. An invitation creates no account and no membership: the invitee accepts it
 * signed in as themselves, with the invited address. So a host who reads the link in the outbox
 * cannot redeem it, and nobody appears on a dashboard before agreeing to.
 */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityService,
    private readonly mailer: MailerService,
    private readonly enrolments: CohortEnrolments,
  ) {}

  /** Creates one invitation per invitee inside the caller's transaction; returns the mails to queue. */
  async invite(
    em: EntityManager,
    cohort: { id: string; name: string },
    invitees: Invitee[],
  ): Promise<CohortMail[]> {
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    const mails: CohortMail[] = [];
    for (const person of invitees) {
      const token = newSecretToken();
      await em.query(
        `INSERT INTO cohort_invitations (cohort_id, email, email_key, display_name, organisation, locale, token_hash, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          cohort.id,
          person.email,
          emailKey(person.email),
          person.displayName,
          person.organisation,
          person.locale,
          hashToken(token),
          expiresAt,
        ],
      );
      const text = mailTexts(person.locale).invitation({
        name: person.displayName,
        cohort: cohort.name,
        email: person.email,
        days: INVITATION_DAYS,
        link: `${publicBase(this.config)}/invitation/${token}`,
      });
      mails.push({ cohortId: cohort.id, to: person.email, locale: person.locale, ...text });
    }
    return mails;
  }

  /** Pending invitations of a cohort still counting against its places. */
  async pendingCount(em: EntityManager, cohortId: string): Promise<number> {
    const [row]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM cohort_invitations WHERE cohort_id = $1 AND accepted_at IS NULL AND expires_at > now()`,
      [cohortId],
    );
    return row?.n ?? 0;
  }

  async lookup(token: string): Promise<InvitationInfo> {
    const rows: {
      cohort_name: string;
      email: string;
      display_name: string;
      locale: string;
      expires_at: Date;
      accepted_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT c.name AS cohort_name, i.email, i.display_name, i.locale, i.expires_at, i.accepted_at
         FROM cohort_invitations i JOIN cohorts c ON c.id = i.cohort_id WHERE i.token_hash = $1`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) throw notFound('The invitation');
    const state: InvitationState = row.accepted_at
      ? 'accepted'
      : new Date(row.expires_at).getTime() < Date.now()
        ? 'expired'
        : 'pending';
    return {
      cohortName: row.cohort_name,
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      state,
      expiresAt: row.expires_at,
    };
  }

  /**
   * Joins the signed-in user to the invitation's cohort when their address is the invited one.
   * With SMTP configured, an account registered after the invitation was sent first proves the
   * address: a confirmation link goes to it, and opening that link (`confirmation`) accepts.
   */
  async accept(
    user: CurrentUser,
    token: string,
    confirmation?: string,
  ): Promise<{ status: AcceptanceStatus; cohortId: string }> {
    const account = await this.identity.findUser(user.id);
    if (!account) throw notFound('The account');
    const result = await this.dataSource.transaction(async (em) => {
      const rows: InvitationRow[] = await em.query(
        `SELECT id, cohort_id, email_key, organisation, expires_at, accepted_at, user_id, confirmation_hash, confirmation_user_id, created_at
           FROM cohort_invitations WHERE token_hash = $1 FOR UPDATE`,
        [hashToken(token)],
      );
      const invitation = rows[0];
      if (!invitation) throw notFound('The invitation');
      if (invitation.accepted_at) {
        if (invitation.user_id === user.id)
          return { status: 'joined' as const, cohortId: invitation.cohort_id };
        throw conflict('This invitation has already been used.');
      }
      if (new Date(invitation.expires_at).getTime() < Date.now())
        throw conflict('This invitation has expired. Ask the host for a new one.');
      if (emailKey(account.email) !== invitation.email_key) {
        throw new AppError(
          ErrorCode.Forbidden,
          'This invitation was sent to another email address. Sign in with that address to accept it.',
          {
            reason: ForbiddenReason.InvitationForAnotherEmail,
          },
        );
      }
      const cohort = await lockCohort(em, 'id', invitation.cohort_id);
      if (!cohort) throw notFound('The cohort');
      const registeredAfterInvitation =
        new Date(account.createdAt).getTime() > new Date(invitation.created_at).getTime();
      if (this.mailer.smtpConfigured && registeredAfterInvitation) {
        const confirmed =
          confirmation !== undefined &&
          invitation.confirmation_hash === hashToken(confirmation) &&
          invitation.confirmation_user_id === user.id;
        if (!confirmed) {
          if (confirmation !== undefined)
            throw conflict(
              'This confirmation link is not valid any more. Open the newest one we sent you.',
            );
          const secret = newSecretToken();
          await em.query(
            `UPDATE cohort_invitations SET confirmation_hash = $2, confirmation_user_id = $3 WHERE id = $1`,
            [invitation.id, hashToken(secret), user.id],
          );
          await this.sendConfirmation(em, token, {
            to: account.email,
            locale: account.preferredLocale,
            token: secret,
            cohortName: cohort.name,
          });
          return { status: 'confirmationSent' as const, cohortId: cohort.id };
        }
      }
      await addParticipant(em, this.enrolments, cohort, user.id, invitation.organisation);
      await em.query(
        `UPDATE cohort_invitations SET accepted_at = now(), user_id = $2, confirmation_hash = NULL WHERE id = $1`,
        [invitation.id, user.id],
      );
      return { status: 'joined' as const, cohortId: cohort.id };
    });
    return result;
  }

  /** Sent straight to the invitee, never through the cohort's outbox that hosts can read. */
  private async sendConfirmation(
    em: EntityManager,
    token: string,
    mail: { to: string; locale: string; token: string; cohortName: string },
  ): Promise<void> {
    const text = mailTexts(mail.locale).confirmation({
      cohort: mail.cohortName,
      link: `${publicBase(this.config)}/invitation/${token}?confirm=${mail.token}`,
    });
    await this.mailer.queuePrivately({ to: mail.to, locale: mail.locale, ...text }, em);
  }
}
