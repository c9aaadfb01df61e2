import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull, QueryFailedError } from 'typeorm';
import { badInput, unauthenticated } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import type {
  OrganisationInput,
  RegisterInput,
  UpdateProfileInput,
} from './dto/identity.inputs.js';
import { AccountNotices } from './account-notices.js';
import { assertAcceptablePassword, noticeChanged } from './identity.errors.js';
import { LoginThrottle } from './login-throttle.js';
import { verificationFor } from './organisation-domains.js';
import { OrganisationEntity } from './organisation.entity.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { hashSessionToken, newSessionToken, SESSION_COOKIE } from './session-tokens.js';
import { SessionEntity } from './session.entity.js';
import { type GrantableRole, UserEntity } from './user.entity.js';

/** The password hash of accounts that sign in only through another system (LTI). */
const EXTERNAL_ACCOUNT_MARKER = '!external';

export const WRONG_CREDENTIALS = 'The email address or password is not correct.';

export interface NewSession {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

/** Emails are unique case-insensitively: this is the key they are stored and looked up by. */
export const emailKey = (email: string) => email.trim().toLowerCase();

@Injectable()
export class IdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly notices: AccountNotices,
  ) {}

  /**
   * Creates an account, or — when the address already has one — tells its owner by email. Both
   * answer the same, in about the same time (the password is hashed either way and the mail goes
   * out in the background), so registering cannot be used to find out who has an account. No
   * session is opened: the caller signs in next, which works only with the account's password.
   */
  async register(
    input: RegisterInput,
    client: string,
    settings: { registrationsPerHour: number; privacyNoticeVersion: string },
  ): Promise<void> {
    // The notice may have changed (an operator's new settings) since the form was shown.
    if (input.privacyNoticeVersion !== settings.privacyNoticeVersion) throw noticeChanged();
    await this.throttle.reserveRegistration(client, settings.registrationsPerHour);
    assertAcceptablePassword('password', input.password, {
      email: input.email,
      displayName: input.displayName,
    });
    const passwordHash = await hashPassword(input.password);
    const key = emailKey(input.email);
    const existing = await this.dataSource
      .transaction(async (em) => {
        const found = await em.getRepository(UserEntity).findOneBy({ emailKey: key });
        if (found) return found;
        const organisation = input.organisation
          ? await this.findOrCreateOrganisation(em, input.organisation)
          : null;
        await em.getRepository(UserEntity).insert({
          email: input.email.trim(),
          emailKey: key,
          displayName: input.displayName.trim(),
          preferredLocale: input.preferredLocale ?? 'en',
          organisationId: organisation?.id ?? null,
          ...verificationFor(input.email, organisation),
          passwordHash,
          roles: [],
          privacyNoticeVersion: input.privacyNoticeVersion,
          privacyAcceptedAt: new Date(),
          ...sharingFor(Boolean(input.shareTrainingRecord && organisation)),
        });
        return null;
      })
      .catch((error: unknown) => {
        // Two registrations racing for one address: the unique index decides, the loser is told nothing.
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23505'
        )
          return null;
        throw error;
      });
    if (existing) void this.notices.registrationForExistingAccount(existing);
  }

  /**
   * One generic message for unknown email and wrong password, and the same work for both (an
   * unknown or password-less account is checked against a dummy hash), so accounts cannot be
   * enumerated. Throttled per account and client before the password is checked.
   */
  async login(
    email: string,
    password: string,
    client: string,
    sessionTtlDays: number,
  ): Promise<NewSession> {
    const key = emailKey(email);
    await this.throttle.reserve(key, client);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ emailKey: key });
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok) throw unauthenticated(WRONG_CREDENTIALS);
    await this.throttle.succeeded(key, client);
    return this.openSession(this.dataSource.manager, user, sessionTtlDays);
  }

  /** The signed-in user of an HTTP request (its session cookie), for GraphQL and REST alike. */
  async userForRequest(req: Pick<FastifyRequest, 'cookies'>): Promise<CurrentUser | null> {
    const token = req.cookies[SESSION_COOKIE];
    return token ? this.userForToken(token) : null;
  }

  async userForToken(token: string): Promise<CurrentUser | null> {
    const rows = await this.dataSource.query<CurrentUser[]>(
      `SELECT s.id AS "sessionId", u.id, u.roles, u.preferred_locale AS locale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashSessionToken(token)],
    );
    return rows[0] ?? null;
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: sessionId }, { revokedAt: new Date() });
  }

  async logoutEverywhere(userId: string): Promise<number> {
    const result = await this.dataSource
      .getRepository(SessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }

  async updateProfile(userId: string, input: UpdateProfileInput): Promise<UserEntity> {
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(UserEntity);
      const user = await repo.findOneByOrFail({ id: userId });
      if (input.displayName !== undefined) user.displayName = input.displayName.trim();
      if (input.preferredLocale !== undefined) user.preferredLocale = input.preferredLocale;
      if (input.organisation) {
        const organisation = await this.findOrCreateOrganisation(em, input.organisation);
        // Another organisation starts unverified (unless its domain rule vouches for the address);
        // the same one keeps a manager's verification.
        if (organisation.id !== user.organisationId || user.organisationVerification !== 'manager')
          Object.assign(user, verificationFor(user.email, organisation));
        // The agreement was given to one organisation: another one does not inherit it.
        if (organisation.id !== user.organisationId) Object.assign(user, sharingFor(false));
        user.organisationId = organisation.id;
      }
      if (input.shareTrainingRecord !== undefined && input.shareTrainingRecord !== null)
        Object.assign(user, sharingFor(input.shareTrainingRecord && user.organisationId !== null));
      return repo.save(user);
    });
  }

  /**
   * Changing the password signs out every other session (a stolen cookie stops working). The
   * current password is throttled like a sign-in: a stolen session must not become a guessing oracle.
   */
  async changePassword(
    user: CurrentUser,
    currentPassword: string,
    newPassword: string,
    client: string,
  ): Promise<void> {
    const entity = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    assertAcceptablePassword('newPassword', newPassword, {
      email: entity.email,
      displayName: entity.displayName,
    });
    await this.throttle.reserve(entity.emailKey, client);
    if (!(await verifyPassword(entity.passwordHash, currentPassword))) {
      throw badInput('The current password is not correct.', [
        { field: 'currentPassword', message: 'The current password is not correct.' },
      ]);
    }
    await this.throttle.succeeded(entity.emailKey, client);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(UserEntity).update({ id: user.id }, { passwordHash });
      await em
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', {
          userId: user.id,
          sessionId: user.sessionId,
        })
        .execute();
    });
  }

  async setRole(userId: string, role: GrantableRole, granted: boolean): Promise<UserEntity | null> {
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(UserEntity);
      const user = await repo.findOne({
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) return null;
      const roles = new Set(user.roles);
      if (granted) roles.add(role);
      else roles.delete(role);
      user.roles = [...roles].sort();
      return repo.save(user);
    });
  }

  async findUser(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  async listUsers(search: string | undefined, offset: number, limit: number) {
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .orderBy('u.email_key')
      // Tombstones of deleted accounts (see IdentityPersonalData) are nobody to manage.
      .where("u.email_key NOT LIKE 'deleted:%'");
    if (search) {
      qb.andWhere('(u.email_key ILIKE :q OR u.display_name ILIKE :q)', {
        q: `%${search.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    const [items, total] = await qb.skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  /** Used by the admin CLI: creates the user (or promotes an existing one) as admin. */
  async createAdmin(
    email: string,
    displayName: string,
    password: string,
  ): Promise<{ created: boolean }> {
    assertAcceptablePassword('password', password, { email, displayName });
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(UserEntity);
      const existing = await repo.findOneBy({ emailKey: emailKey(email) });
      if (existing) {
        existing.roles = [...new Set<GrantableRole>([...existing.roles, 'admin'])];
        existing.passwordHash = passwordHash;
        await repo.save(existing);
        return { created: false };
      }
      await repo.save({
        email,
        emailKey: emailKey(email),
        displayName,
        passwordHash,
        roles: ['admin'],
        preferredLocale: 'en',
      });
      return { created: true };
    });
  }

  /**
   * An account for a person another system vouches for (an LTI platform): no password (a marker
   * no password matches, so it signs in only through that system) and an address under `.invalid`
   * derived from `externalKey`, so it can neither receive mail nor accept an invitation sent to
   * an address the other system merely claims. Runs in the caller's transaction, so the caller's
   * link to the account is written with it.
   */
  async createExternalAccount(
    em: EntityManager,
    input: { externalKey: string; displayName: string; preferredLocale: string },
  ): Promise<string> {
    const email = `${input.externalKey}@external.invalid`;
    const inserted = await em.getRepository(UserEntity).insert({
      email,
      emailKey: emailKey(email),
      displayName: input.displayName.trim().slice(0, 200) || 'Learner',
      preferredLocale: input.preferredLocale,
      passwordHash: EXTERNAL_ACCOUNT_MARKER,
      roles: [],
    });
    return (inserted.identifiers[0] as { id: string }).id;
  }

  /** A new session for an account another system signed in (see createExternalAccount). */
  async openSessionForUser(userId: string, sessionTtlDays: number): Promise<NewSession> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
    return this.openSession(this.dataSource.manager, user, sessionTtlDays);
  }

  private async openSession(
    em: EntityManager,
    user: UserEntity,
    ttlDays: number,
  ): Promise<NewSession> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + ttlDays * 86_400_000);
    await em
      .getRepository(SessionEntity)
      .insert({ userId: user.id, tokenHash: hashSessionToken(token), expiresAt });
    // A sign-in is activity: it restarts the retention clock and cancels an inactivity warning.
    await em
      .getRepository(UserEntity)
      .update({ id: user.id }, { lastActiveAt: new Date(), inactivityWarnedAt: null });
    return { token, expiresAt, user };
  }

  private async findOrCreateOrganisation(
    em: EntityManager,
    input: OrganisationInput,
  ): Promise<OrganisationEntity> {
    const repo = em.getRepository(OrganisationEntity);
    const existing = await repo
      .createQueryBuilder('o')
      .where('lower(o.name) = lower(:name) AND o.country = :country', input)
      .getOne();
    return (
      existing ?? repo.save({ name: input.name.trim(), country: input.country, kind: input.kind })
    );
  }
}

/** A person's agreement to share their training record with their organisation, and when. */
function sharingFor(shares: boolean) {
  return { sharesTrainingRecord: shares, trainingRecordSharedAt: shares ? new Date() : null };
}
