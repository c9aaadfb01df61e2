// How fast can the stack itself be? The same indexed one-row read served by a bare node:http +
// pg server and by minimal NestJS apps (a REST controller, an Apollo query) on each installed
// HTTP adapter, loaded one after the other in the same run. Ratios to the bare server are the
// ceiling any academy path of that kind can reach (issue 22; decision record 0024). The academy
// runs on Fastify; `npm i --no-save @nestjs/platform-express@<Nest's version>` adds Express.
//   BENCH_SECONDS   seconds of load per server (default 8)
//   BENCH_CONNECTIONS  concurrent connections (default 16, as the one-row hot paths)
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  createDatabase,
  freePort,
  provisionTestServer,
} from '../../../apps/api/test/test-database.js';
import { load, type Path } from './load.js';

const FLOOR_KINDS = [
  'bare',
  'nest-express-rest',
  'nest-express-graphql',
  'nest-fastify-rest',
  'nest-fastify-graphql',
] as const;
type FloorKind = (typeof FLOOR_KINDS)[number];
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ID = '6f1c2a5e-4b7d-4c8e-9f10-112233445566';
const root = join(import.meta.dirname, '../../..');
const installed = (name: string) => {
  try {
    createRequire(join(root, 'apps/api/package.json')).resolve(name);
    return true;
  } catch {
    return false;
  }
};
const progress = (msg: string) => process.stderr.write(`· ${msg}\n`);

async function serve(kind: FloorKind, databaseUrl: string) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, 'floor-server.ts'),
      kind,
      String(port),
      databaseUrl,
    ],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', TSX_TSCONFIG_PATH: 'tests/tsconfig.json' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300 && child.exitCode === null; i++) {
    if (
      await fetch(`${base}/floor/${ID}`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (child.exitCode !== null) throw new Error(`the ${kind} server exited with ${child.exitCode}`);
  return {
    base,
    stop: () => new Promise<void>((r) => (child.kill('SIGTERM'), child.once('exit', () => r()))),
  };
}

async function main() {
  const server = await provisionTestServer();
  const database = await createDatabase(server.serverUrl, 'academy_floor');
  const client = new pg.Client(database.url);
  await client.connect();
  await client.query(
    `CREATE TABLE floor_rows (id uuid PRIMARY KEY, name text NOT NULL, issued_at timestamptz NOT NULL)`,
  );
  await client.query(`INSERT INTO floor_rows VALUES ($1, 'Ana Müller', now())`, [ID]);
  await client.end();

  const kinds = FLOOR_KINDS.filter(
    (k) =>
      k === 'bare' ||
      installed(`@nestjs/platform-${k.includes('fastify') ? 'fastify' : 'express'}`),
  );
  const path: Path = {
    name: 'floor',
    connections: CONNECTIONS,
    signedIn: false,
    academy: { method: 'GET', path: '' },
    baseline: { method: 'GET', path: '' },
  };
  const rest = { method: 'GET' as const, path: `/floor/${ID}` };
  const graphql = {
    method: 'POST' as const,
    path: '/graphql',
    body: JSON.stringify({
      query: 'query Floor($id: ID!) { floorRow(id: $id) { id name issuedAt } }',
      variables: { id: ID },
    }),
  };
  const results = new Map<FloorKind, { rps: number; p95: number }>();
  try {
    for (const kind of kinds) {
      progress(`load: ${kind}`);
      const running = await serve(kind, database.url);
      const target = kind.endsWith('graphql') ? graphql : rest;
      await load(running.base, target, { ...path, connections: 4 }, ''); // warm up the JIT
      const result = await load(running.base, target, path, '');
      if (result.errors > 0) throw new Error(`${kind}: ${result.errors} failed requests`);
      results.set(kind, result);
      await running.stop();
    }
  } finally {
    await database.drop();
    await server.stop();
  }
  const bare = results.get('bare')!.rps;
  console.log(`\nOne indexed row as JSON, ${CONNECTIONS} connections (framework floor)`);
  for (const [kind, r] of results)
    console.log(
      `  ${kind.padEnd(22)} ${Math.round(r.rps).toLocaleString('en').padStart(7)} req/s  p95 ${r.p95.toFixed(1).padStart(6)} ms  ratio ${(r.rps / bare).toFixed(2)}`,
    );
  const load1 = loadavg().map((l) => l.toFixed(2));
  console.log(`load average at the end ${load1.join(' ')}`);
}

await main();
