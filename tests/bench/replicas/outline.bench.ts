// Benchmark (issue 12): requests/s and p95 latency of the course outline with progress, served by
// 1 API replica and then by 3 replicas on the same PostgreSQL (requests spread over them by
// autocannon), printed side by side. Needs the built API (npm run build).
// Run: npm run bench:replicas   (TEST_DATABASE_URL's server when set, else embedded PostgreSQL;
// REDIS_URL is passed on to the replicas when set). On a machine with few cores the replicas and
// the load generator compete for the same CPUs; the figures show that, not a cluster.
import { availableParallelism } from 'node:os';
import autocannon from 'autocannon';
import {
  createDatabase,
  freePort,
  provisionTestServer,
} from '../../../apps/api/test/test-database.js';
import { startAcademy, type RunningAcademy } from '../../support/academy-process.js';
import { NOTICE_VERSION } from '../../support/privacy-notice.js';

const CONNECTIONS = 60; // a multiple of 3: autocannon spreads connections over the URLs
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const QUERY = `query($r: ID) { courses(locale: "en", releaseId: $r) { title modules { slug title lessons { slug title minutes } } }
  myEnrolments { progress { fraction modules { slug lessonsDone quizPassed } nextStep { kind module lesson } } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function load(urls: string[], body: string, cookie: string) {
  const latencies: number[] = [];
  const instance = autocannon({
    url: urls,
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
const db = await createDatabase(server.serverUrl, 'academy_bench_replicas');
const replicas: RunningAcademy[] = [];
const start = async () => {
  const academy = await startAcademy(
    {
      DATABASE_URL: db.url,
      PORT: String(await freePort()),
      LOG_LEVEL: 'error',
      WEB_DIST_DIR: '',
      REDIS_URL: process.env.REDIS_URL ?? '',
    },
    180_000,
  );
  replicas.push(academy);
  return academy;
};
try {
  const first = await start();
  const base = first.baseUrl;
  // A learner with an enrolment and some progress (the session is in the database: any replica knows it).
  const post = (query: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  await post(
    `mutation { register(input: { email: "bench@example.test", password: "quiet lantern over the harbour", displayName: "Bench", privacyNoticeVersion: "${NOTICE_VERSION}" }) }`,
  );
  const signIn = await post(
    `mutation { login(input: { email: "bench@example.test", password: "quiet lantern over the harbour" }) { id } }`,
  );
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const gql = (url: string, query: string, variables = {}) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json());
  const enrolled = (await gql(
    base,
    `mutation { enrol(input: { courseSlug: "circular-procurement-foundations" }) { id releaseId } }`,
  )) as { data: { enrol: { id: string; releaseId: string } } };
  const { id: enrolmentId, releaseId } = enrolled.data.enrol;
  for (const lesson of ['linear-vs-circular', 'public-buying-power']) {
    await gql(base, `mutation($i: LessonRefInput!) { markLessonDone(input: $i) { id } }`, {
      i: { enrolmentId, module: 'why-circular', lesson },
    });
  }
  const body = JSON.stringify({ query: QUERY, variables: { r: releaseId } });

  await gql(base, QUERY, { r: releaseId }); // warm the per-release caches
  const one = await load([`${base}/graphql`], body, cookie);

  await Promise.all([start(), start()]);
  for (const r of replicas) await gql(r.baseUrl, QUERY, { r: releaseId });
  const three = await load(
    replicas.map((r) => `${r.baseUrl}/graphql`),
    body,
    cookie,
  );

  const row = (label: string, r: typeof one) =>
    `${label.padEnd(11)} ${r.rps.toFixed(0).padStart(7)} req/s   p95 ${r.p95.toFixed(1).padStart(7)} ms   ${r.errors} errors of ${r.total}`;
  console.log(
    `course outline with progress, ${CONNECTIONS} connections, ${SECONDS} s each, ${availableParallelism()} CPU cores on this machine`,
  );
  console.log(row('1 replica', one));
  console.log(row('3 replicas', three));
  console.log(`3 replicas / 1 replica: ${(three.rps / one.rps).toFixed(2)}×`);
} finally {
  await Promise.all(replicas.map((r) => r.stop()));
  await db.drop();
  await server.stop();
}
