import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { openDataSource } from '../../database/data-source.js';
import { SharedLimits } from './shared-limits.js';

/** Two "replicas": each its own connection pool (and Redis client), one store. */
async function replicas(env: Record<string, string>, n = 2) {
  const sources: DataSource[] = [];
  const limits: SharedLimits[] = [];
  for (let i = 0; i < n; i++) {
    const ds = await openDataSource(inject('databaseUrl'), { extra: { max: 5 } } as never);
    sources.push(ds);
    const l = new SharedLimits(loadConfig(env), ds);
    await l.onModuleInit();
    limits.push(l);
  }
  return {
    limits,
    async close() {
      for (const l of limits) await l.onApplicationShutdown();
      for (const ds of sources) await ds.destroy();
    },
  };
}

/** 3 × points parallel hits spread over the replicas; how many got through. */
async function passed(limits: SharedLimits[], points: number, key: string): Promise<number> {
  const name = `test-${randomUUID()}`;
  const each = limits.map((l) => l.limit({ name, points, windowSeconds: 60 }));
  const waits = await Promise.all(
    Array.from({ length: 3 * points }, (_, i) => each[i % each.length]!.take(key)),
  );
  expect(waits.filter((w) => w > 0).every((w) => w >= 1 && w <= 60)).toBe(true);
  return waits.filter((w) => w === 0).length;
}

describe('shared limits in PostgreSQL (no REDIS_URL)', () => {
  it('hold once across replicas, even for parallel hits', async () => {
    const r = await replicas({});
    try {
      expect(r.limits[0]!.store).toBe('postgres');
      expect(await passed(r.limits, 10, '198.51.100.1')).toBe(10);
    } finally {
      await r.close();
    }
  });

  it('count keys apart', async () => {
    const r = await replicas({}, 1);
    try {
      const limit = r.limits[0]!.limit({
        name: `test-${randomUUID()}`,
        points: 1,
        windowSeconds: 60,
      });
      expect(await limit.take('a')).toBe(0);
      expect(await limit.take('b')).toBe(0);
      expect(await limit.take('a')).toBeGreaterThan(0);
    } finally {
      await r.close();
    }
  });
});

describe('shared limits with REDIS_URL', () => {
  it('fall back to PostgreSQL while Redis cannot be reached, still one limit', async () => {
    // Nothing listens on port 1: every Redis call fails, the PostgreSQL insurance counts.
    const r = await replicas({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      expect(r.limits[0]!.store).toBe('redis');
      expect(await passed(r.limits, 5, '198.51.100.2')).toBe(5);
    } finally {
      await r.close();
    }
  });

  // Runs where a Redis server is at hand: .ci/run sets TEST_REDIS_URL after checking one answers.
  const redisUrl = process.env.TEST_REDIS_URL;
  if (redisUrl) {
    it('hold once across replicas in Redis, and the counters are in Redis', async () => {
      const r = await replicas({ REDIS_URL: redisUrl });
      const redis = new Redis(redisUrl);
      try {
        const key = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
        expect(await passed(r.limits, 10, key)).toBe(10);
        expect(await redis.keys(`academy:limit:test-*:${key}`)).toHaveLength(1);
      } finally {
        redis.disconnect();
        await r.close();
      }
    });
  }
});
