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

/** A read for takeWith: the value back when `found`, else no row. */
const echo = (value: string, found = true) => ({
  name: `test-echo-${found}`,
  sql: `SELECT $1::text AS value WHERE $2::boolean`,
  values: [value, found],
});

describe('a hit and a read in one statement (takeWith)', () => {
  it('counts with take as one limit across replicas, and reads only within it', async () => {
    const r = await replicas({});
    try {
      const name = `test-${randomUUID()}`;
      const each = r.limits.map((l) => l.limit({ name, points: 10, windowSeconds: 60 }));
      const outcomes = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          i % 3 === 0
            ? each[i % 2]!.take('198.51.100.3').then((wait) => ({
                wait,
                rows: wait ? [] : [{ value: 'x' }],
              }))
            : each[i % 2]!.takeWith<{ value: string }>('198.51.100.3', echo(`v${i}`)),
        ),
      );
      const through = outcomes.filter((o) => o.wait === 0);
      expect(through).toHaveLength(10);
      expect(through.every((o) => o.rows.length === 1)).toBe(true);
      const refused = outcomes.filter((o) => o.wait > 0);
      expect(refused.every((o) => o.wait <= 60 && o.rows.length === 0)).toBe(true);
    } finally {
      await r.close();
    }
  });

  it('gives no rows when the read finds none, and the read’s own values', async () => {
    const r = await replicas({}, 1);
    try {
      const limit = r.limits[0]!.limit({
        name: `test-${randomUUID()}`,
        points: 2,
        windowSeconds: 60,
      });
      expect(await limit.takeWith('a', echo('one', false))).toEqual({ wait: 0, rows: [] });
      const found = await limit.takeWith<{ value: string }>('a', echo('two'));
      expect(found.wait).toBe(0);
      expect(found.rows.map((row) => row.value)).toEqual(['two']);
      expect((await limit.takeWith('a', echo('three'))).wait).toBeGreaterThan(0);
      expect(await limit.take('a')).toBeGreaterThan(0);
    } finally {
      await r.close();
    }
  });

  it('counts in the PostgreSQL insurance while Redis cannot be reached', async () => {
    const r = await replicas({ REDIS_URL: 'redis://127.0.0.1:1' }, 1);
    try {
      const limit = r.limits[0]!.limit({
        name: `test-${randomUUID()}`,
        points: 1,
        windowSeconds: 60,
      });
      const first = await limit.takeWith<{ value: string }>('b', echo('ok'));
      expect(first).toEqual({ wait: 0, rows: [{ value: 'ok' }] });
      expect((await limit.takeWith('b', echo('no'))).wait).toBeGreaterThan(0);
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
