// Three API replicas on one empty database, started at the same moment, requests spread
// round-robin (issue 12): start-up work happens once, one signing key, and the limits hold for the
// deployment, not per replica. A second variant keeps the limits in Redis (TEST_REDIS_URL).
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { inject } from 'vitest';
import { migrations } from '../../apps/api/src/database/migrations/index.js';
import { FREE_ATTEMPTS } from '../../apps/api/src/identity/login-throttle.js';
import { VERIFICATIONS_PER_WINDOW } from '../../apps/api/src/certificates/verification-limit.js';
import { createDatabase, freePort } from '../../apps/api/test/test-database.js';
import { startAcademy, type RunningAcademy } from '../support/academy-process.js';
import { NOTICE_VERSION } from '../support/privacy-notice.js';

const REPLICAS = 3;
const PASSWORD = 'three lanterns over one harbour';

/** A client address of its own per run (the replicas trust one proxy hop, as in the manifest). */
const clientAddress = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

async function startReplicas(
  env: Record<string, string>,
): Promise<{ replicas: RunningAcademy[]; db: { url: string; drop(): Promise<void> } }> {
  const db = await createDatabase(inject('e2eServerUrl'), 'academy_replicas');
  const ports = await Promise.all(Array.from({ length: REPLICAS }, () => freePort()));
  const started = await Promise.allSettled(
    ports.map((port) =>
      startAcademy(
        {
          DATABASE_URL: db.url,
          PORT: String(port),
          TRUST_PROXY: '1',
          // Each its own (empty) data folder: nothing shared but the database (and Redis).
          ACADEMY_DATA_DIR: mkdtempSync(join(tmpdir(), 'academy-replica-')),
          WEB_DIST_DIR: '',
          ...env,
        },
        150_000,
      ),
    ),
  );
  const replicas = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(replicas.map((r) => r.stop()));
    await db.drop();
    throw (failed as PromiseRejectedResult).reason;
  }
  return { replicas, db };
}

function roundRobin(replicas: RunningAcademy[]) {
  let next = 0;
  return () => replicas[next++ % replicas.length]!.baseUrl;
}

async function gql(baseUrl: string, ip: string, query: string, variables: object) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

async function proveOneDeployment(
  env: Record<string, string>,
  afterwards?: (verifyClient: string) => Promise<void>,
) {
  const { replicas, db } = await startReplicas(env);
  const sql = new pg.Client(db.url);
  await sql.connect();
  try {
    const next = roundRobin(replicas);

    // Migrations and the curriculum import ran once.
    const applied = await sql.query(`SELECT name FROM migrations`);
    expect(applied.rows.map((r) => r.name).sort()).toEqual(
      migrations.map((m) => new m().name!).sort(),
    );
    const releases = await sql.query(
      `SELECT edition_key FROM curriculum_releases ORDER BY edition_key`,
    );
    expect(releases.rows.map((r) => r.edition_key)).toEqual(['', 'example-municipality', 'turin']);

    // One signing key, published by all three.
    const jwks = await Promise.all(
      replicas.map((r) => fetch(`${r.baseUrl}/.well-known/jwks.json`).then((res) => res.json())),
    );
    const kids = jwks.map((j: { keys: { kid: string }[] }) => j.keys.map((k) => k.kid));
    expect(kids[0]).toHaveLength(1);
    expect(kids[1]).toEqual(kids[0]);
    expect(kids[2]).toEqual(kids[0]);
    expect((await sql.query(`SELECT count(*)::int AS n FROM issuer_keys`)).rows[0].n).toBe(1);

    // The verification rate limit: N replicas × limit requests, the limit gets through.
    const verifier = clientAddress();
    const statuses: number[] = [];
    const total = REPLICAS * VERIFICATIONS_PER_WINDOW;
    for (let i = 0; i < total; i += 15) {
      const batch = Array.from({ length: Math.min(15, total - i) }, () =>
        fetch(`${next()}/verify-api/${randomUUID()}`, {
          headers: { 'x-forwarded-for': verifier },
        }).then((r) => r.status),
      );
      statuses.push(...(await Promise.all(batch)));
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(VERIFICATIONS_PER_WINDOW);
    expect(statuses.filter((s) => s === 429)).toHaveLength(total - VERIFICATIONS_PER_WINDOW);
    // A client cannot escape by claiming another address: the trusted proxy's hop is what counts.
    const spoofed = await fetch(`${next()}/verify-api/${randomUUID()}`, {
      headers: { 'x-forwarded-for': `203.0.113.77, ${verifier}` },
    });
    expect(spoofed.status).toBe(429);

    // The sign-in throttle: parallel wrong passwords spread over the replicas test FREE_ATTEMPTS.
    const email = `replica-${randomUUID().slice(0, 8)}@example.test`;
    const registered = await gql(
      next(),
      clientAddress(),
      `mutation($input: RegisterInput!) { register(input: $input) }`,
      {
        input: {
          email,
          password: PASSWORD,
          displayName: 'Rita Replica',
          privacyNoticeVersion: NOTICE_VERSION,
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const guesser = clientAddress();
    const answers = await Promise.all(
      Array.from({ length: REPLICAS * 5 }, (_, i) =>
        gql(next(), guesser, `mutation($input: LoginInput!) { login(input: $input) { id } }`, {
          input: { email, password: `wrong guess ${i}` },
        }),
      ),
    );
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(FREE_ATTEMPTS);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(REPLICAS * 5 - FREE_ATTEMPTS);

    await afterwards?.(verifier);
  } catch (error) {
    for (const [i, r] of replicas.entries()) console.error(`replica ${i}:\n${r.output()}`);
    throw error;
  } finally {
    await sql.end();
    await Promise.all(replicas.map((r) => r.stop()));
    await db.drop();
  }
}

describe(`${REPLICAS} replicas started together on one empty database`, () => {
  it('migrate and import once, share one signing key, and hold the limits in PostgreSQL', async () => {
    await proveOneDeployment({ REDIS_URL: '' });
  }, 300_000);

  // Where a Redis server is at hand (.ci/run sets TEST_REDIS_URL after checking it answers).
  const redisUrl = process.env.TEST_REDIS_URL;
  if (redisUrl) {
    it('hold the rate limits in Redis when REDIS_URL is set', async () => {
      await proveOneDeployment({ REDIS_URL: redisUrl }, async (verifier) => {
        const redis = new Redis(redisUrl);
        try {
          expect(
            Number(await redis.get(`academy:limit:verify:${verifier}`)),
          ).toBeGreaterThanOrEqual(VERIFICATIONS_PER_WINDOW);
        } finally {
          redis.disconnect();
        }
      });
    }, 300_000);
  }
});
