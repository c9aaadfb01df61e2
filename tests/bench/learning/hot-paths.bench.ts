// Benchmark (issue 22): the academy's hot paths against a minimal `node:http` + `pg` server
// returning the same rows (baseline-server.ts), loaded one after the other in the same run, with
// the ratio of throughputs and both p95 latencies per path. SQL statements per request are counted
// in a separate phase (an academy behind a counting proxy, sequential requests), so the proxy
// never slows the measured load. Needs the built API (npm run build).
//
// Run: npm run bench:learning   (TEST_DATABASE_URL's server when set, else embedded PostgreSQL)
//   BENCH_SECONDS   seconds of load per path and server (default 8)
//   BENCH_COMPARE   another built API's main.js (e.g. a copy of yesterday's apps/api/dist) to load
//                   in the same run: "nothing got slower" is then measured, not assumed
//   BENCH_PROFILE   folder for a --cpu-prof profile of the academy under load
//   BENCH_ONLY      comma-separated path names to run (default: all)
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import {
  createDatabase,
  freePort,
  provisionTestServer,
} from '../../../apps/api/test/test-database.js';
import { countingProxy } from './statement-counter.js';
import { load, loadAcademy, startAcademy, type Academy, type Path } from './load.js';
import { startBaseline } from './baseline-server.js';
import { NOTICE_VERSION } from '../../support/privacy-notice.js';

const root = join(import.meta.dirname, '../../..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const COURSE = 'circular-procurement-foundations';
const ONLY = process.env.BENCH_ONLY?.split(',');

const progress = (msg: string) => process.stderr.write(`· ${msg}\n`);

const gqlBody = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });

const server = await provisionTestServer();
const db = await createDatabase(server.serverUrl, 'academy_bench_hot');
const main = resolve(root, 'apps/api/dist/main.js');
const academies: Academy[] = [];
const sql = new pg.Client({ connectionString: db.url });
try {
  // Phase 1: an academy behind the counting proxy creates the data and counts statements.
  const dbUrl = new URL(db.url);
  const proxy = await countingProxy(dbUrl.hostname, Number(dbUrl.port || 5432));
  const proxied = new URL(db.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  progress('starting the academy behind the counting proxy');
  const counted = await startAcademy(main, proxied.toString());
  progress('creating the learner, attempts and a certificate');
  academies.push(counted);
  const post = (body: string, cookie = '') =>
    fetch(`${counted.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body,
    });
  await post(
    gqlBody(
      `mutation { register(input: { email: "bench@example.test", password: "quiet lantern over the harbour", displayName: "Bench", privacyNoticeVersion: "${NOTICE_VERSION}" }) }`,
    ),
  );
  const signIn = await post(
    gqlBody(
      `mutation { login(input: { email: "bench@example.test", password: "quiet lantern over the harbour" }) { id } }`,
    ),
  );
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const gql = async <T>(query: string, variables = {}): Promise<T> => {
    const json = (await (await post(gqlBody(query, variables), cookie)).json()) as {
      data: T;
      errors?: unknown[];
    };
    if (json.errors) throw new Error(`${query}: ${JSON.stringify(json.errors)}`);
    return json.data;
  };
  const { enrol } = await gql<{ enrol: { id: string; releaseId: string } }>(
    `mutation { enrol(input: { courseSlug: "${COURSE}" }) { id releaseId } }`,
  );
  const enrolmentId = enrol.id;
  for (const lesson of ['linear-vs-circular', 'public-buying-power']) {
    await gql(`mutation($i: LessonRefInput!) { markLessonDone(input: $i) { id } }`, {
      i: { enrolmentId, module: 'why-circular', lesson },
    });
  }
  // One attempt stays in progress (start resumes it); another is graded (submit repeats it).
  const started = await gql<{ startQuizAttempt: { id: string } }>(
    `mutation($i: StartQuizInput!) { startQuizAttempt(input: $i) { id } }`,
    { i: { enrolmentId, module: 'why-circular' } },
  );
  const graded = await gql<{ startQuizAttempt: { id: string } }>(
    `mutation($i: StartQuizInput!) { startQuizAttempt(input: $i) { id } }`,
    { i: { enrolmentId, module: 'legal-framework' } },
  );
  const submitInput = {
    attemptId: graded.startQuizAttempt.id,
    answers: [],
    idempotencyKey: 'bench-submit-1',
  };
  const SUBMIT = `mutation($i: SubmitAttemptInput!) { submitQuizAttempt(input: $i) { id submittedAt fraction passed questions { key prompt } } }`;
  await gql(SUBMIT, { i: submitInput });
  // A certificate to verify (issuing one needs a completed course; verification only reads it).
  await sql.connect();
  const certificateId = randomUUID();
  await sql.query(
    `INSERT INTO certificates (id, user_id, enrolment_id, course_slug, course_title, release_id, curriculum_version,
                               content_hash, recipient_name, locale, issued_at, jwt, kid)
     SELECT $1, e.user_id, e.id, e.course_slug, 'Circular procurement foundations', e.release_id, r.version,
            r.content_hash, 'Bench', 'en', now(), 'eyJhbGciOiJFZERTQSJ9.e30.c2lnbmF0dXJl', 'bench-key'
       FROM enrolments e JOIN curriculum_releases r ON r.id = e.release_id WHERE e.id = $2`,
    [certificateId, enrolmentId],
  );

  const lessonRef = { enrolmentId, module: 'why-circular', lesson: 'linear-vs-circular' };
  const paths: Path[] = [
    {
      name: 'course outline with progress',
      connections: 64,
      signedIn: true,
      academy: {
        method: 'POST',
        path: '/graphql',
        body: gqlBody(
          `query { courses(locale: "en") { title modules { slug title lessons { slug title minutes } } }
             myEnrolments { progress { fraction modules { slug lessonsDone quizPassed } nextStep { kind module lesson } } } }`,
        ),
      },
      baseline: { method: 'POST', path: '/outline', body: '{}' },
    },
    {
      name: 'lesson page (signed in)',
      connections: 16,
      signedIn: true,
      academy: {
        method: 'POST',
        path: '/graphql',
        body: gqlBody(
          `query($m: String!, $s: String!, $l: String!) { lesson(module: $m, slug: $s, locale: $l) {
             releaseId module moduleTitle slug title minutes objectives html
             text { fellBack outdated unreviewed requestedLocale shownLocale }
             sources { title publisher year url }
             moduleLessons { module slug position title minutes }
             previous { slug title } next { slug title } } }`,
          { m: 'why-circular', s: 'linear-vs-circular', l: 'en' },
        ),
      },
      baseline: {
        method: 'POST',
        path: '/lesson',
        body: JSON.stringify({ module: 'why-circular', lesson: 'linear-vs-circular' }),
      },
    },
    {
      name: 'openLesson',
      connections: 16,
      signedIn: true,
      academy: {
        method: 'POST',
        path: '/graphql',
        body: gqlBody(
          `mutation($i: LessonRefInput!) { openLesson(input: $i) { id lastLesson lastActivityAt } }`,
          { i: lessonRef },
        ),
      },
      baseline: { method: 'POST', path: '/open', body: JSON.stringify(lessonRef) },
    },
    {
      name: 'markLessonDone',
      connections: 16,
      signedIn: true,
      academy: {
        method: 'POST',
        path: '/graphql',
        body: gqlBody(
          `mutation($i: LessonRefInput!) { markLessonDone(input: $i) { id lastLesson completedAt } }`,
          { i: lessonRef },
        ),
      },
      baseline: { method: 'POST', path: '/open', body: JSON.stringify(lessonRef) },
    },
    {
      name: 'quiz start (resumes the attempt)',
      connections: 16,
      signedIn: true,
      academy: {
        method: 'POST',
        path: '/graphql',
        body: gqlBody(
          `mutation($i: StartQuizInput!) { startQuizAttempt(input: $i) { id number deadlineAt questions { key prompt } } }`,
          { i: { enrolmentId, module: 'why-circular' } },
        ),
      },
      baseline: {
        method: 'POST',
        path: '/attempt',
        body: JSON.stringify({ attemptId: started.startQuizAttempt.id }),
      },
    },
    {
      name: 'quiz submit (repeated key)',
      connections: 16,
      signedIn: true,
      academy: { method: 'POST', path: '/graphql', body: gqlBody(SUBMIT, { i: submitInput }) },
      baseline: {
        method: 'POST',
        path: '/attempt',
        body: JSON.stringify({ attemptId: graded.startQuizAttempt.id }),
      },
    },
    {
      name: 'certificate verification, REST',
      connections: 16,
      signedIn: false,
      spreadClients: true,
      academy: { method: 'GET', path: `/verify-api/${certificateId}` },
      baseline: { method: 'GET', path: `/verify/${certificateId}` },
    },
    {
      name: 'certificate verification, GraphQL',
      connections: 16,
      signedIn: false,
      spreadClients: true,
      academy: {
        method: 'POST',
        path: '/graphql',
        body: gqlBody(
          `query($id: ID!) { certificate(id: $id) { id status recipientName courseSlug courseTitle issuedAt locale
             curriculumVersion contentHash edition revokedAt revokedReason verifyUrl pdfUrl credentialUrl linkedInUrl } }`,
          { id: certificateId },
        ),
      },
      baseline: {
        method: 'POST',
        path: '/certificate',
        body: JSON.stringify({ id: certificateId }),
      },
    },
    {
      name: 'anonymous catalogue',
      connections: 16,
      signedIn: false,
      academy: {
        method: 'POST',
        path: '/graphql',
        body: gqlBody(
          `query { courses(locale: "en") { id slug title summary audience certificate
             translation { complete fellBack outdated total } modules { slug lessons { minutes } } } }`,
        ),
      },
      baseline: { method: 'POST', path: '/catalogue', body: '{}' },
    },
  ].filter((p) => !ONLY || ONLY.some((o) => p.name.startsWith(o))) as Path[];

  progress('counting statements per request');
  // Statements per request: one warm-up (per-release caches), then 10 counted, one at a time.
  const statements = new Map<string, number>();
  for (const path of paths) {
    const send = () =>
      fetch(`${counted.base}${path.academy.path}`, {
        method: path.academy.method,
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `10.9.9.${statements.size}`,
          ...(path.signedIn ? { cookie } : {}),
        },
        ...(path.academy.body === undefined ? {} : { body: path.academy.body }),
      }).then(async (r) => {
        const text = await r.text();
        if (!r.ok || text.includes('"errors"'))
          throw new Error(`${path.name}: ${r.status} ${text.slice(0, 300)}`);
      });
    await send();
    const before = proxy.count();
    for (let i = 0; i < 10; i++) await send();
    statements.set(path.name, (proxy.count() - before) / 10);
  }
  await counted.stop();
  academies.pop();
  await proxy.close();

  // Phase 2: load, directly on the database; per path the baseline, the academy, the comparison.
  progress('starting the academy (and the comparison) for the load');
  const academy = await startAcademy(main, db.url, true);
  academies.push(academy);
  const compare = process.env.BENCH_COMPARE
    ? await startAcademy(resolve(process.env.BENCH_COMPARE), db.url)
    : null;
  if (compare) academies.push(compare);
  const baselinePort = await freePort();
  const baseline = await startBaseline(db.url, baselinePort);
  const baselineBase = `http://127.0.0.1:${baselinePort}`;
  const load1 = loadavg()[0]!;
  const rows: string[] = [];
  const fmt = (r: { rps: number; p95: number; errors: number; cpuMs?: number }) =>
    `${r.rps.toFixed(0).padStart(6)} req/s p95 ${r.p95.toFixed(1).padStart(6)} ms` +
    (r.cpuMs === undefined ? '' : `, CPU ${r.cpuMs.toFixed(2)} ms/request`) +
    (r.errors ? ` (${r.errors} errors)` : '');
  // Requests still in flight when a run ends must not spill into the next server's run.
  const settle = () => new Promise((r) => setTimeout(r, 2000));
  for (const path of paths) {
    progress(`load: ${path.name}`);
    const b = await load(baselineBase, path.baseline, path, cookie);
    await settle();
    const a = await loadAcademy(academy, path.academy, path, cookie);
    await settle();
    const c = compare ? await loadAcademy(compare, path.academy, path, cookie) : null;
    if (compare) await settle();
    const line =
      `${path.name} (${path.connections} connections, ${statements.get(path.name)!.toFixed(1)} SQL/request)\n` +
      `  academy  ${fmt(a)}   ratio ${(a.rps / b.rps).toFixed(2)}, p95 ×${(a.p95 / b.p95).toFixed(1)}\n` +
      `  baseline ${fmt(b)}   (1 SQL/request)\n` +
      (c
        ? `  compared ${fmt(c)}   (${process.env.BENCH_COMPARE}; academy/compared ${(a.rps / c.rps).toFixed(2)}, CPU ×${(a.cpuMs / c.cpuMs).toFixed(2)})\n`
        : '');
    console.log(line);
    rows.push(line);
  }
  baseline.close();

  // Phase 3: every hot query of the learner's pages on an index at 10,000 learners (EXPLAIN).
  progress('adding 10,000 learners with an enrolment, 3 lessons done and 4 graded attempts each');
  await sql.query(
    `WITH u AS (
       INSERT INTO users (email, email_key, display_name, password_hash)
       SELECT 'l' || g || '@example.test', 'l' || g || '@example.test', 'Learner ' || g, 'x' FROM generate_series(1, 10000) g
       RETURNING id),
     e AS (
       INSERT INTO enrolments (user_id, course_slug, release_id, locale)
       SELECT u.id, $1, (SELECT release_id FROM enrolments WHERE id = $2), 'en' FROM u RETURNING id, user_id, release_id),
     p AS (
       INSERT INTO lesson_progress (user_id, course_slug, module_slug, lesson_slug, completed_at)
       SELECT e.user_id, $1, 'why-circular', 'lesson-' || n, now() FROM e, generate_series(1, 3) n)
     INSERT INTO quiz_attempts (user_id, enrolment_id, release_id, kind, quiz_slug, number, questions, submitted_at, fraction, passed)
     SELECT e.user_id, e.id, e.release_id, 'module', 'why-circular', n, '[]', now() - n * interval '1 day', 0.8, true
       FROM e, generate_series(1, 4) n`,
    [COURSE, enrolmentId],
  );
  await sql.query('ANALYZE');
  const [{ id: learner }] = (
    await sql.query(`SELECT user_id AS id FROM enrolments WHERE id = $1`, [enrolmentId])
  ).rows as [{ id: string }];
  const hotQueries: [string, string, unknown[]][] = [
    [
      'myRecentAttempts',
      `SELECT a.id, e.course_slug, a.kind, a.quiz_slug, a.number, a.submitted_at, a.fraction, a.passed
         FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id
        WHERE a.user_id = $1 AND a.submitted_at IS NOT NULL ORDER BY a.submitted_at DESC LIMIT 5`,
      [learner],
    ],
    [
      'progress (lessons done, attempts)',
      `SELECT (SELECT array_agg(lesson_slug) FROM lesson_progress WHERE user_id = $1 AND course_slug = $2 AND completed_at IS NOT NULL),
              (SELECT json_agg(kind) FROM quiz_attempts WHERE enrolment_id = $3 AND submitted_at IS NOT NULL)`,
      [learner, COURSE, enrolmentId],
    ],
    [
      'myEnrolments',
      `SELECT * FROM enrolments WHERE user_id = $1 ORDER BY last_activity_at DESC`,
      [learner],
    ],
    [
      'attempts in progress (quiz start)',
      `SELECT * FROM quiz_attempts WHERE enrolment_id = $1 AND submitted_at IS NULL`,
      [enrolmentId],
    ],
  ];
  for (const [name, query, params] of hotQueries) {
    const plan = (await sql.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${query}`, params)).rows[0][
      'QUERY PLAN'
    ][0];
    type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };
    const scans = (n: PlanNode): string[] => [
      ...(n['Node Type'] === 'Seq Scan' && n['Relation Name'] ? [n['Relation Name']] : []),
      ...(n.Plans ?? []).flatMap(scans),
    ];
    const seq = scans(plan.Plan as PlanNode).filter((r) =>
      ['quiz_attempts', 'enrolments', 'lesson_progress', 'users'].includes(r),
    );
    console.log(
      `10,000 learners: ${name}: ${plan['Execution Time'].toFixed(2)} ms, ${seq.length ? `SEQUENTIAL SCAN of ${seq.join(', ')}` : 'indexed'}`,
    );
  }
  console.log(
    `${SECONDS} s of load per path and server; load average at the start ${load1.toFixed(2)}, at the end ${loadavg()[0]!.toFixed(2)}`,
  );
} finally {
  for (const a of academies) await a.stop();
  await sql.end().catch(() => undefined);
  await db.drop();
  await server.stop();
}
