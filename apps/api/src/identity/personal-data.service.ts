import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../common/errors.js';
import { LoginThrottle } from './login-throttle.js';
import { verifyPassword } from './passwords.js';
import { SessionEntity } from './session.entity.js';
import { ThrottleCounterEntity } from './throttle-counter.entity.js';
import { UserEntity } from './user.entity.js';

/** Who is being erased, read (and locked) at the start of the erasure transaction. */
export interface ErasedPerson {
  userId: string;
  email: string;
  emailKey: string;
  displayName: string;
}

/** Shown to hosts wherever a deleted account's remaining records appear. */
export const DELETED_PARTICIPANT = 'Deleted participant';

/**
 * What identity holds about a person (profile, organisation, sessions) for access requests, and
 * its part of an erasure: a tombstone account that keeps others' anonymised records valid.
 */
@Injectable()
export class IdentityPersonalData {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
  ) {}

  async personalData(userId: string) {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, relations: { organisation: true } });
    if (!user) throw notFound('The account');
    // Token hashes are secrets of the session, not information about the person.
    const sessions = await this.dataSource.getRepository(SessionEntity).find({
      where: { userId },
      select: { id: true, createdAt: true, expiresAt: true, revokedAt: true },
      order: { createdAt: 'ASC' },
    });
    return {
      profile: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        preferredLocale: user.preferredLocale,
        roles: user.roles,
        privacyNoticeVersion: user.privacyNoticeVersion,
        privacyAcceptedAt: user.privacyAcceptedAt,
        lastActiveAt: user.lastActiveAt,
        inactivityWarnedAt: user.inactivityWarnedAt,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
      },
      organisation: user.organisation
        ? {
            id: user.organisation.id,
            name: user.organisation.name,
            country: user.organisation.country,
            kind: user.organisation.kind,
            verification: user.organisationVerification,
            verifiedAt: user.organisationVerifiedAt,
            sharesTrainingRecord: user.sharesTrainingRecord,
            trainingRecordSharedAt: user.trainingRecordSharedAt,
          }
        : null,
      sessions,
    };
  }

  /**
   * Locks the account for its erasure. With a password (self-service) it must match; a wrong one
   * changes nothing (but counts against the sign-in throttle). Admins acting on a request pass none.
   */
  async lockForErasure(
    em: EntityManager,
    userId: string,
    confirmation: { password: string; client: string } | null,
    retention?: { warnedBefore: Date },
  ): Promise<ErasedPerson> {
    const user = await em
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user || user.emailKey.startsWith('deleted:')) throw notFound('The account');
    // Retention anonymises only an account still unused since its warning (checked under the lock).
    if (
      retention &&
      !(
        user.inactivityWarnedAt &&
        user.inactivityWarnedAt < retention.warnedBefore &&
        user.lastActiveAt < user.inactivityWarnedAt
      )
    )
      throw conflict('The account was used after its inactivity warning.');
    if (confirmation) {
      // Throttled like a sign-in, so a stolen session cannot guess the password here.
      await this.throttle.reserve(user.emailKey, confirmation.client);
      if (!(await verifyPassword(user.passwordHash, confirmation.password))) {
        throw badInput('The password is not correct.', [
          { field: 'password', message: 'The password is not correct.' },
        ]);
      }
    }
    return {
      userId: user.id,
      email: user.email,
      emailKey: user.emailKey,
      displayName: user.displayName,
    };
  }

  /**
   * A fresh account with a new random id and no personal data, that the person's anonymised records
   * (attempts, memberships, kept certificates) move to. A new id rather than the old one, so nothing
   * left links back to the person; one per erasure, so per-user uniqueness rules still hold.
   */
  async createTombstone(em: EntityManager): Promise<string> {
    const id = randomUUID();
    await em.getRepository(UserEntity).insert({
      id,
      email: '',
      emailKey: `deleted:${id}`,
      displayName: DELETED_PARTICIPANT,
      passwordHash: '!', // never an Argon2 hash: no password can match
      organisationId: null,
      roles: [],
    });
    return id;
  }

  /** Removes the account itself, its sessions and the sign-in counters keyed by its address. */
  async erase(em: EntityManager, person: ErasedPerson): Promise<void> {
    await em.getRepository(SessionEntity).delete({ userId: person.userId });
    await em
      .createQueryBuilder()
      .delete()
      .from(ThrottleCounterEntity)
      .where('strpos(bucket, :key) > 0', { key: person.emailKey })
      .execute();
    await em.getRepository(UserEntity).delete({ id: person.userId });
  }
}
