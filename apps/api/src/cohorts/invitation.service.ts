import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { hashPassword } from '../identity/passwords.js';
import { hashSessionToken, newSessionToken } from '../identity/session-tokens.js';
import { UserEntity } from '../identity/user.entity.js';
import { publicBase } from './cohort-mapper.js';
import { hashToken, newSecretToken } from './codes.js';
import type { Mail } from './mailer.service.js';
import { addParticipant, lockCohort } from './membership.js';

export const INVITATION_DAYS = 14;
/** Accounts made by an import carry this instead of a hash: no password can match it. */
export const UNUSABLE_PASSWORD_PREFIX = '!invited:';

export interface Invitee {
  userId: string;
  email: string;
  displayName: string;
  newAccount: boolean;
}

export interface AcceptedInvitation {
  user: UserEntity;
  cohortId: string;
  sessionToken: string;
  sessionExpiresAt: Date;
}

/** Single-use, expiring invitations; the database holds only the token's SHA-256. */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates invitations for new accounts and notices for existing ones; returns the mails to queue. */
  async invite(em: EntityManager, cohort: { id: string; name: string }, invitees: Invitee[]): Promise<Mail[]> {
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    const mails: Mail[] = [];
    for (const person of invitees) {
      if (!person.newAccount) {
        mails.push({
          cohortId: cohort.id,
          to: person.email,
          subject: `You have been added to “${cohort.name}”`,
          body: `Hello ${person.displayName},\n\nyou now take part in “${cohort.name}” at the Circular Procurement Academy.\nSign in to see the schedule: ${publicBase(this.config)}/\n`,
        });
        continue;
      }
      const token = newSecretToken();
      await em.query(
        `INSERT INTO cohort_invitations (cohort_id, user_id, token_hash, new_account, expires_at) VALUES ($1, $2, $3, true, $4)`,
        [cohort.id, person.userId, hashToken(token), expiresAt],
      );
      mails.push({
        cohortId: cohort.id,
        to: person.email,
        subject: `Invitation: “${cohort.name}”`,
        body:
          `Hello ${person.displayName},\n\nyou are invited to “${cohort.name}” at the Circular Procurement Academy.\n` +
          `Choose a password and join here (the link works once, for ${INVITATION_DAYS} days):\n\n` +
          `${publicBase(this.config)}/invitation/${token}\n`,
      });
    }
    return mails;
  }

  /** Sets the password of a new account, joins the cohort and opens a session. */
  async accept(token: string, password: string | undefined, sessionTtlDays: number): Promise<AcceptedInvitation> {
    const passwordHash = password ? await hashPassword(password) : null;
    return this.dataSource.transaction(async (em) => {
      const rows: { id: string; cohort_id: string; user_id: string; new_account: boolean; expires_at: Date; accepted_at: Date | null }[] = await em.query(
        `SELECT id, cohort_id, user_id, new_account, expires_at, accepted_at FROM cohort_invitations WHERE token_hash = $1 FOR UPDATE`,
        [hashToken(token)],
      );
      const invitation = rows[0];
      if (!invitation) throw notFound('The invitation');
      if (invitation.accepted_at) throw conflict('This invitation has already been used. Sign in instead.');
      if (new Date(invitation.expires_at).getTime() < Date.now()) throw conflict('This invitation has expired. Ask the host for a new one.');
      const users = em.getRepository(UserEntity);
      const user = await users.findOneByOrFail({ id: invitation.user_id });
      if (user.passwordHash.startsWith(UNUSABLE_PASSWORD_PREFIX)) {
        if (!passwordHash) throw badInput('Choose a password for your new account.', [{ field: 'password', message: 'required' }]);
        user.passwordHash = passwordHash;
        await users.update({ id: user.id }, { passwordHash });
      }
      await em.query(`UPDATE cohort_invitations SET accepted_at = now() WHERE id = $1`, [invitation.id]);
      const cohort = await lockCohort(em, 'id', invitation.cohort_id);
      if (!cohort) throw notFound('The cohort');
      await addParticipant(em, cohort, user.id);
      const sessionToken = newSessionToken();
      const sessionExpiresAt = new Date(Date.now() + sessionTtlDays * 86_400_000);
      await em.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [user.id, hashSessionToken(sessionToken), sessionExpiresAt]);
      return { user, cohortId: cohort.id, sessionToken, sessionExpiresAt };
    });
  }
}
