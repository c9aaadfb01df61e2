import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rateLimited } from '../common/errors.js';

/**
 * Password guessing is slowed where it happens, without handing strangers a lockout weapon:
 *
 * - per account *and client* (the address Fastify reports): the first FREE_ATTEMPTS are free,
 *   then each attempt waits twice as long as the one before (30 s, 1 min, 2 min … up to 15 minutes).
 *   A success clears it. Someone else's failures from another address do not slow the owner.
 * - per account: at most ACCOUNT_ATTEMPTS_PER_HOUR failures from all clients together, high
 *   enough that only a distributed attack reaches it.
 * - per client: at most CLIENT_ATTEMPTS_PER_HOUR failures across all accounts (password spraying).
 *
 * Each check counts the attempt *before* the password is verified, in one atomic
 * INSERT … ON CONFLICT DO UPDATE, so parallel requests cannot all pass a check made before
 * any of them is counted, and the limits hold across API replicas. A success gives its count back.
 */
export const FREE_ATTEMPTS = 5;
export const BASE_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;
/** A pair's backoff is forgotten after a day without attempts. */
export const FORGET_AFTER_SECONDS = 24 * 3600;
export const ACCOUNT_ATTEMPTS_PER_HOUR = 100;
export const CLIENT_ATTEMPTS_PER_HOUR = 100;

const HOUR = 3600;
const TOO_MANY = (retry: number) =>
  rateLimited(`Too many sign-in attempts. Please wait ${retry} seconds and try again.`, retry);

export const pairBucket = (accountKey: string, client: string) =>
  `signin:pair:${JSON.stringify([accountKey, client])}`;
const accountBucket = (accountKey: string) => `signin:account:${accountKey}`;
const clientBucket = (client: string) => `signin:client:${client}`;
const registerBucket = (client: string) => `register:client:${client}`;

@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts a sign-in (or current-password) attempt and throws RATE_LIMITED when it may not be
   * tested now. Call `succeeded` after a correct password.
   */
  async reserve(accountKey: string, client: string): Promise<void> {
    await this.reserveBackoff(pairBucket(accountKey, client));
    await this.hit(accountBucket(accountKey), ACCOUNT_ATTEMPTS_PER_HOUR, HOUR, TOO_MANY);
    await this.hit(clientBucket(client), CLIENT_ATTEMPTS_PER_HOUR, HOUR, TOO_MANY);
    if (Math.random() < 0.02) await this.prune();
  }

  /** A correct password: the pair starts afresh and the attempt no longer counts against the ceilings. */
  async succeeded(accountKey: string, client: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM throttle_counters WHERE bucket = $1`, [
      pairBucket(accountKey, client),
    ]);
    await this.dataSource.query(
      `UPDATE throttle_counters SET hits = greatest(hits - 1, 0) WHERE bucket = ANY($1::text[])`,
      [[accountBucket(accountKey), clientBucket(client)]],
    );
  }

  /** Counts a registration from this client; throws RATE_LIMITED beyond `perHour`. */
  async reserveRegistration(client: string, perHour: number): Promise<void> {
    await this.hit(registerBucket(client), perHour, HOUR, (retry) =>
      rateLimited(
        `Too many new accounts from this network. Please wait ${retry} seconds and try again.`,
        retry,
      ),
    );
  }

  /** Fixed-window counter: the attempt counts, and passes while the count stays within `limit`. */
  private async hit(
    bucket: string,
    limit: number,
    windowSeconds: number,
    refuse: (retry: number) => Error,
  ): Promise<void> {
    const [row] = await this.dataSource.query<{ hits: number; retry: number }[]>(
      `INSERT INTO throttle_counters AS t (bucket, hits, window_ends_at)
       VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (bucket) DO UPDATE SET
         hits = CASE WHEN t.window_ends_at <= now() THEN 1 ELSE t.hits + 1 END,
         window_ends_at = CASE WHEN t.window_ends_at <= now() THEN now() + make_interval(secs => $2) ELSE t.window_ends_at END
       RETURNING hits, ceil(extract(epoch FROM window_ends_at - now()))::int AS retry`,
      [bucket, windowSeconds],
    );
    if (row && row.hits > limit) throw refuse(Math.max(1, row.retry));
  }

  /**
   * Counts an attempt for an account and client pair unless it must still wait. The row lock
   * taken by ON CONFLICT serialises parallel attempts; the WHERE sees the latest count.
   */
  private async reserveBackoff(bucket: string): Promise<void> {
    const delay = (hits: string) =>
      `CASE WHEN ${hits} >= $3 THEN now() + make_interval(secs => least($5, $4 * power(2, ${hits} - $3))) END`;
    const fresh = `t.window_ends_at <= now()`;
    const next = `CASE WHEN ${fresh} THEN 1 ELSE t.hits + 1 END`;
    const reserved = await this.dataSource.query<{ hits: number }[]>(
      `INSERT INTO throttle_counters AS t (bucket, hits, window_ends_at, blocked_until)
       VALUES ($1, 1, now() + make_interval(secs => $2), ${delay('1')})
       ON CONFLICT (bucket) DO UPDATE SET
         hits = ${next},
         window_ends_at = now() + make_interval(secs => $2),
         blocked_until = ${delay(`(${next})`)}
       WHERE ${fresh} OR t.blocked_until IS NULL OR t.blocked_until <= now()
       RETURNING hits`,
      [bucket, FORGET_AFTER_SECONDS, FREE_ATTEMPTS, BASE_DELAY_SECONDS, MAX_DELAY_SECONDS],
    );
    if (reserved.length > 0) return;
    const [wait] = await this.dataSource.query<{ retry: number | null }[]>(
      `SELECT ceil(extract(epoch FROM blocked_until - now()))::int AS retry FROM throttle_counters WHERE bucket = $1`,
      [bucket],
    );
    throw TOO_MANY(Math.max(1, wait?.retry ?? 1));
  }

  /** Counters whose window ended an hour ago are useless; removed now and then. */
  private async prune(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM throttle_counters WHERE window_ends_at < now() - interval '1 hour'`,
    );
  }
}
