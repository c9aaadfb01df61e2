import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { rateLimited } from '../common/errors.js';
import { LoginFailureEntity } from './login-failure.entity.js';

export const LOGIN_WINDOW_SECONDS = 60;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 30;

/** Refuses sign-in after too many recent failures for the account or from the address. */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertAllowed(accountKey: string, ip: string): Promise<void> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE account_key = $1)::int AS account,
              count(*) FILTER (WHERE ip = $2)::int AS ip,
              extract(epoch FROM min(created_at) + make_interval(secs => $3) - now())::int AS retry
         FROM login_failures
        WHERE created_at > now() - make_interval(secs => $3) AND (account_key = $1 OR ip = $2)`,
      [accountKey, ip, LOGIN_WINDOW_SECONDS],
    )) as { account: number; ip: number; retry: number | null }[];
    if (row && (row.account >= MAX_FAILURES_PER_ACCOUNT || row.ip >= MAX_FAILURES_PER_IP)) {
      const retry = Math.max(1, row.retry ?? LOGIN_WINDOW_SECONDS);
      throw rateLimited(`Too many sign-in attempts. Please wait ${retry} seconds and try again.`, retry);
    }
  }

  async recordFailure(accountKey: string, ip: string): Promise<void> {
    const repo = this.dataSource.getRepository(LoginFailureEntity);
    await repo.insert({ accountKey, ip });
    // Old rows are useless for throttling; prune opportunistically.
    await repo.delete({ createdAt: LessThan(new Date(Date.now() - 24 * 3600_000)) });
  }
}
