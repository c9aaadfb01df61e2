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

/** A fixed-window limit shared by every replica. */
export class SharedLimit {
  constructor(private readonly limiter: RateLimiterAbstract) {}

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
    const postgres = new RateLimiterPostgres({
      ...options,
      storeClient: (this.dataSource.driver as unknown as { master: unknown }).master,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      // Expired rows are removed now and then by whichever replica gets there.
      clearExpiredByTimeout: true,
    });
    if (!this.redis) return new SharedLimit(postgres);
    return new SharedLimit(
      new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: postgres }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}
