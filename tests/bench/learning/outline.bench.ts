// Benchmark (issue: learning journey): requests/s and p95 latency of the course outline with
// progress at 64 connections, against a minimal pg + http server serving the same data, and the
// SQL statements per request. Needs the built API (npm run build).
// Run: npm run bench:learning   (TEST_DATABASE_URL's server when set, else embedded PostgreSQL)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  createDatabase,
  freePort,
  provisionTestServer,
} from '../../../apps/api/test/test-database.js';
import { startBaseline } from './baseline-server.js';
import { countingProxy } from './statement-counter.js';

const root = join(import.meta.dirname, '../../..');
const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const QUERY = `query($r: ID) { courses(locale: "en", releaseId: $r) { title modules { slug title lessons { slug title minutes } } }
  myEnrolments { progress { fraction modules { slug lessonsDone quizPassed } nextStep { kind module lesson } } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function load(url: string, body: string, cookie: string) {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
    latencies.push(ms),
  );
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p95: percentile(latencies, 95),
    errors: result.errors + result.non2xx,
    total: result.requests.total,
  };
}

const server = await provisionTestServer();
const db = await createDatabase(server.serverUrl, 'academy_bench');
const port = await freePort();
// The API talks to PostgreSQL through a counting proxy (statements per request, on the wire).
const dbUrl = new URL(db.url);
const proxy = await countingProxy(dbUrl.hostname, Number(dbUrl.port || 5432));
const proxied = new URL(db.url);
proxied.hostname = '127.0.0.1';
proxied.port = String(proxy.port);
const api = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_PROFILE
      ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE]
      : []),
    'apps/api/dist/main.js',
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: proxied.toString(),
      PORT: String(port),
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // A learner with an enrolment and some progress.
  const post = (query: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  await post(
    `mutation { register(input: { email: "bench@example.test", password: "quiet lantern over the harbour", displayName: "Bench" }) }`,
  );
  const signIn = await post(
    `mutation { login(input: { email: "bench@example.test", password: "quiet lantern over the harbour" }) { id } }`,
  );
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const gql = (query: string, variables = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json());
  const enrolled = (await gql(
    `mutation { enrol(input: { courseSlug: "circular-procurement-foundations" }) { id releaseId } }`,
  )) as { data: { enrol: { id: string; releaseId: string } } };
  const { id: enrolmentId, releaseId } = enrolled.data.enrol;
  for (const lesson of ['linear-vs-circular', 'public-buying-power']) {
    await gql(`mutation($i: LessonRefInput!) { markLessonDone(input: $i) { id } }`, {
      i: { enrolmentId, module: 'why-circular', lesson },
    });
  }
  const body = JSON.stringify({ query: QUERY, variables: { r: releaseId } });

  await gql(QUERY, { r: releaseId }); // warm the per-release caches
  const before = proxy.count();
  const N = 20;
  for (let i = 0; i < N; i++) await gql(QUERY, { r: releaseId });
  const perRequest = (proxy.count() - before) / N;

  const academy = await load(`${base}/graphql`, body, cookie);
  const baselinePort = await freePort();
  const baseline = await startBaseline(db.url, baselinePort);
  const minimal = await load(`http://127.0.0.1:${baselinePort}/`, '{}', cookie);
  baseline.close();

  console.log(
    `course outline with progress of the academy’s own course, ${CONNECTIONS} connections, ${SECONDS} s each`,
  );
  console.log(
    `academy (NestJS + GraphQL):  ${academy.rps.toFixed(0)} req/s, p95 ${academy.p95.toFixed(1)} ms, ${academy.errors} errors of ${academy.total}`,
  );
  console.log(
    `baseline (pg + http, 1 SQL): ${minimal.rps.toFixed(0)} req/s, p95 ${minimal.p95.toFixed(1)} ms, ${minimal.errors} errors of ${minimal.total}`,
  );
  console.log(
    `SQL statements per academy request (counted on the wire): ${perRequest.toFixed(1)}; baseline: 1`,
  );
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await proxy.close();
  await db.drop();
  await server.stop();
}
