import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/** The PostgreSQL table the limits use without Redis (created by a migration, not at run time). */
export const RATE_LIMIT_TABLE = 'rate_limits';

export interface LimitSpec {
  /** Names the counter family, e.g. `verify`; keys of different limits never meet. */
  name: string;
  /** Hits allowed per window. */
  points: number;
  windowSeconds: number;
}

/** A read to run in the same statement as a hit (`takeWith`). */
export interface LimitedRead {
  /** Names the prepared statement: one name, one text. */
  name: string;
  /** A SELECT with parameters $1, $2, … and no other `$` in its text. */
  sql: string;
  values: unknown[];
}

interface PgPool {
  query<R>(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
}

const HIT_POINTS = 'academy:hit:points';
const HIT_EXPIRE = 'academy:hit:expire';
const FOUND = 'academy:found';
const table = `"${RATE_LIMIT_TABLE}"`;

/** A fixed-window limit shared by every replica. */
export class SharedLimit {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly spec: LimitSpec,
    private readonly pool: PgPool,
    /** Set when PostgreSQL is the store (no Redis): then a hit can join a read. */
    private readonly postgres?: RateLimiterPostgres,
  ) {}

  /** Counts one hit for `key`: 0 when it may proceed, else the whole seconds to wait. */
  async take(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes)
        return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
      throw outcome;
    }
  }

  /**
   * Counts one hit for `key` and, when it may proceed, returns the rows of `read`. With the
   * PostgreSQL store both are one statement: rate-limiter-flexible's own upsert of its own row
   * (same key, same arithmetic, so hits counted here and by `take` add up) joined to the read,
   * whose rows come back only within the limit: one round trip instead of two (decision record
   * 0020). With Redis: the hit there, then the read.
   */
  async takeWith<R extends object>(
    key: string,
    read: LimitedRead,
  ): Promise<{ wait: number; rows: R[] }> {
    if (!this.postgres) {
      const wait = await this.take(key);
      if (wait > 0) return { wait, rows: [] };
      const { rows } = await this.pool.query<R>({
        name: read.name,
        text: read.sql,
        values: read.values,
      });
      return { wait, rows };
    }
    const now = Date.now();
    type Row = Record<string, unknown>;
    const { rows } = await this.pool.query<Row>({
      name: `academy-limit:${read.name}`,
      text: `WITH hit AS (
               INSERT INTO ${table} VALUES ($1, 1, $2)
                 ON CONFLICT(key) DO UPDATE SET
                   points = CASE WHEN ${table}.expire <= $3 THEN 1 ELSE ${table}.points + 1 END,
                   expire = CASE WHEN ${table}.expire <= $3 THEN $2 ELSE ${table}.expire END
               RETURNING points, expire)
             SELECT hit.points AS "${HIT_POINTS}", hit.expire AS "${HIT_EXPIRE}", r.*
               FROM hit LEFT JOIN LATERAL (SELECT true AS "${FOUND}", q.*
                                             FROM (${read.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 4}`)}) q) r
                 ON hit.points <= $4`,
      values: [
        this.postgres.getKey(key),
        now + this.spec.windowSeconds * 1000,
        now,
        this.spec.points,
        ...read.values,
      ],
    });
    const hit = rows[0]!;
    if (Number(hit[HIT_POINTS]) > this.spec.points) {
      const msBeforeNext = Math.max(Number(hit[HIT_EXPIRE]) - Date.now(), 0);
      return { wait: Math.max(1, Math.ceil(msBeforeNext / 1000)), rows: [] };
    }
    return { wait: 0, rows: rows.filter((row) => row[FOUND] === true) as R[] };
  }
}

/**
 * Rate limits that hold across API replicas (rate-limiter-flexible): counted in Redis when
 * REDIS_URL is set, else in PostgreSQL (the `rate_limits` table), one atomic upsert per hit. With
 * Redis, PostgreSQL is the insurance store: while Redis cannot be reached, hits are counted there
 * instead of failing the request or letting it through uncounted.
 */
@Injectable()
export class SharedLimits implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('limits');
  private readonly redis: Redis | undefined;
  private redisDown = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    if (config.redisUrl) {
      // No offline queue: a hit while Redis is away goes to the PostgreSQL insurance at once.
      this.redis = new Redis(config.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 5_000,
      });
      this.redis.on('error', (error: Error) => {
        if (this.redisDown) return;
        this.redisDown = true;
        this.logger.warn(
          `Redis is unreachable (${error.message}); counting rate limits in PostgreSQL until it is back`,
        );
      });
      this.redis.on('ready', () => {
        if (this.redisDown) this.logger.log('Redis is back; counting rate limits there again');
        this.redisDown = false;
      });
    }
  }

  /**
   * Waits (up to a few seconds, or until the first error) for Redis, so the first requests are not counted in the insurance
   * store while the connection is still being made. A Redis that is down does not stop start-up.
   */
  async onModuleInit(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done);
        redis.off('error', done);
        resolve();
      };
      const timer = setTimeout(done, 5_000);
      redis.once('ready', done);
      redis.once('error', done);
    });
  }

  /** Where the counters live, for logs and tests. */
  get store(): 'redis' | 'postgres' {
    return this.redis ? 'redis' : 'postgres';
  }

  limit(spec: LimitSpec): SharedLimit {
    const options = {
      keyPrefix: `academy:limit:${spec.name}`,
      points: spec.points,
      duration: spec.windowSeconds,
    };
    const pool = (this.dataSource.driver as unknown as { master: PgPool }).master;
    const postgres = new RateLimiterPostgres({
      ...options,
      storeClient: pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      // Expired rows are removed now and then by whichever replica gets there.
      clearExpiredByTimeout: true,
    });
    if (!this.redis) return new SharedLimit(postgres, spec, pool, postgres);
    return new SharedLimit(
      new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: postgres }),
      spec,
      pool,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}
