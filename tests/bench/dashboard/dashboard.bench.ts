// Benchmark (issues 16 and 22): the host dashboard of a cohort of 40 and of 400 participants on the
// bundled foundations course (14 modules), every participant with lessons, quiz attempts and attendance. Prints
// ms per dashboard (GraphQL request, warm caches) and SQL statements per request (counted on the
// wire), and EXPLAINs the dashboard's statements at 400 for sequential scans of the big tables.
// Growth should be linear: 400 × 10 well under 300 ms. Needs the built API (npm run build).
// Run: npm run bench:dashboard   (TEST_DATABASE_URL's server when set, else embedded PostgreSQL)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import {
  createDatabase,
  freePort,
  provisionTestServer,
} from '../../../apps/api/test/test-database.js';
import { countingProxy } from '../learning/statement-counter.js';
import { NOTICE_VERSION } from '../../support/privacy-notice.js';

const root = join(import.meta.dirname, '../../..');
const SIZES = [40, 400];
const REPEAT = Number(process.env.BENCH_REPEAT ?? 10);
const OTHERS = Number(process.env.BENCH_OTHER_LEARNERS ?? 2000);
/** Tables that grow with the whole academy, not with one cohort: a scan of them is linear in everyone. */
const BIG_TABLES = [
  'users',
  'enrolments',
  'lesson_progress',
  'quiz_attempts',
  'cohort_members',
  'cohort_attendance',
  'sessions',
];
const DASHBOARD = `query($id: ID!) { cohortDashboard(cohortId: $id, stuckAfterDays: 7) {
  participants { userId lastActivityAt sessionsAttended stuckReasons modules { module lessonsDone quizBest quizAttempts } }
  questions { key answered percentCorrect mostChosenWrong } sessions { sessionId present unmarked } progressByWeek { weekStart lessonsCompleted } } }`;

const server = await provisionTestServer();
const db = await createDatabase(server.serverUrl, 'academy_bench_dashboard');
const port = await freePort();
const dbUrl = new URL(db.url);
const proxy = await countingProxy(dbUrl.hostname, Number(dbUrl.port || 5432));
const proxied = new URL(db.url);
proxied.hostname = '127.0.0.1';
proxied.port = String(proxy.port);
const api = spawn(process.execPath, ['apps/api/dist/main.js'], {
  cwd: root,
  // Slow job polling: its statements would otherwise be counted as the dashboard's.
  env: {
    ...process.env,
    DATABASE_URL: proxied.toString(),
    PORT: String(port),
    LOG_LEVEL: 'error',
    JOBS_POLL_SECONDS: '60',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
// The API's own connection settings (no JIT: see database/data-source.ts), so EXPLAIN shows its plans.
const sql = new pg.Client({ connectionString: db.url, options: '-c jit=off' });
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await sql.connect();
  const post = (body: unknown, cookie = '') =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  const password = 'quiet lantern over the harbour';
  await post({
    query: `mutation { register(input: { email: "host@example.test", password: "${password}", displayName: "Host", privacyNoticeVersion: "${NOTICE_VERSION}" }) }`,
  });
  await sql.query(`UPDATE users SET roles = '{host}' WHERE email_key = 'host@example.test'`);
  const signIn = await post({
    query: `mutation { login(input: { email: "host@example.test", password: "${password}" }) { id } }`,
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const res = (await (await post({ query, variables }, cookie)).json()) as {
      data?: T;
      errors?: unknown[];
    };
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  // Everyone else in the academy: the cohort's queries must not read their rows.
  await seedAcademy(OTHERS);

  const rows: Record<string, string | number>[] = [];
  let explainAt400: string[] = [];
  for (const size of SIZES) {
    const { createCohort } = await gql<{ createCohort: { id: string } }>(
      `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`,
      {
        i: {
          name: `Bench ${size}`,
          courseSlug: 'circular-procurement-foundations',
          locale: 'en',
          startsOn: '2026-01-05',
          endsOn: '2026-06-30',
          timeZone: 'Europe/Amsterdam',
          capacity: 1000,
        },
      },
    );
    await seedCohort(createCohort.id, size);
    await sql.query('ANALYZE');
    await gql(DASHBOARD, { id: createCohort.id }); // warm the per-release caches, as any page view would
    const before = proxy.count();
    const times: number[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const started = performance.now();
      const d = await gql<{ cohortDashboard: { participants: unknown[] } }>(DASHBOARD, {
        id: createCohort.id,
      });
      times.push(performance.now() - started);
      if (d.cohortDashboard.participants.length !== size)
        throw new Error('wrong participant count');
    }
    times.sort((a, b) => a - b);
    rows.push({
      cohort: `${size} × 10`,
      'median (ms)': Math.round(times[Math.floor(times.length / 2)]!),
      'min (ms)': Math.round(times[0]!),
      'SQL per request': (proxy.count() - before) / REPEAT,
    });
    if (size === 400) explainAt400 = await explainDashboard(createCohort.id);
  }
  console.log(
    `Host dashboard, bundled foundations course (14 modules), ${REPEAT} requests each, ${OTHERS} other learners in the academy:`,
  );
  console.table(rows);
  const [small, large] = rows.map((r) => Number(r['median (ms)']));
  console.log(
    `growth for 10× the participants: ${(large! / Math.max(1, small!)).toFixed(1)}× (linear: ≈ 10× or less)`,
  );
  if (explainAt400.length)
    console.log(`sequential scans of big tables at 400:\n  ${explainAt400.join('\n  ')}`);
  else console.log('EXPLAIN at 400: no sequential scan of a big table');
} finally {
  await sql.end().catch(() => undefined);
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await proxy.close();
  await db.drop();
  await server.stop();
}

/** Users with enrolments and progress outside any bench cohort (so indexes, not scans, must find the cohort's). */
async function seedAcademy(count: number) {
  const { rows: users } = await sql.query<{ id: string }>(
    `INSERT INTO users (email, email_key, display_name, password_hash)
     SELECT e, e, 'Other ' || i, '!bench' FROM generate_series(1, $1) i, LATERAL (SELECT 'other' || i || '@example.test' AS e) x RETURNING id`,
    [count],
  );
  await enrolAndProgress(
    users.map((u) => u.id),
    null,
  );
}

async function seedCohort(cohortId: string, size: number) {
  const tag = randomBytes(3).toString('hex');
  const { rows: users } = await sql.query<{ id: string }>(
    `INSERT INTO users (email, email_key, display_name, password_hash)
     SELECT e, e, 'P ' || lpad(i::text, 4, '0'), '!bench' FROM generate_series(1, $1) i,
            LATERAL (SELECT 'p' || i || '-' || $2 || '@example.test' AS e) x RETURNING id`,
    [size, tag],
  );
  const ids = users.map((u) => u.id);
  await sql.query(
    `INSERT INTO cohort_members (cohort_id, user_id, calendar_token) SELECT $1, u, md5(random()::text) || md5(u::text) FROM unnest($2::uuid[]) u`,
    [cohortId, ids],
  );
  await enrolAndProgress(ids, cohortId);
  // Ten sessions, the first eight held; attendance marked for each participant at the held ones.
  await sql.query(
    `INSERT INTO cohort_sessions (cohort_id, title, starts_at, ends_at, check_in_code)
     SELECT $1, 'Session ' || n, now() - (9 - n) * interval '7 days', now() - (9 - n) * interval '7 days' + interval '2 hours', upper(substr(md5(random()::text), 1, 10))
       FROM generate_series(1, 10) n`,
    [cohortId],
  );
  await sql.query(
    `INSERT INTO cohort_attendance (session_id, user_id, status)
     SELECT s.id, u, (ARRAY['present', 'present', 'absent', 'excused'])[1 + (abs(hashtext(u::text || s.id::text)) % 4)]
       FROM cohort_sessions s, unnest($2::uuid[]) u WHERE s.cohort_id = $1 AND s.starts_at <= now()`,
    [cohortId, ids],
  );
}

/** An enrolment in the course per user, every lesson of the first half of its modules done, two attempts per module quiz. */
async function enrolAndProgress(ids: string[], cohortId: string | null) {
  await sql.query(
    `INSERT INTO enrolments (user_id, course_slug, release_id, locale, cohort_id, last_activity_at)
     SELECT u, rc.slug, rc.release_id, 'en', $2, now() - interval '3 days'
       FROM unnest($1::uuid[]) u, (SELECT slug, release_id FROM release_courses WHERE slug = 'circular-procurement-foundations' LIMIT 1) rc`,
    [ids, cohortId],
  );
  await sql.query(
    `INSERT INTO lesson_progress (user_id, course_slug, module_slug, lesson_slug, first_viewed_at, completed_at)
     SELECT e.user_id, e.course_slug, m.slug, l, now() - interval '20 days', now() - (interval '1 day' * (abs(hashtext(e.user_id::text || l)) % 30))
       FROM enrolments e JOIN release_courses rc ON rc.release_id = e.release_id AND rc.slug = e.course_slug
       CROSS JOIN LATERAL unnest(rc.modules[1:5]) WITH ORDINALITY mm(slug, o)
       JOIN release_modules m ON m.release_id = e.release_id AND m.slug = mm.slug
       CROSS JOIN LATERAL unnest(m.lessons) l
      WHERE e.user_id = ANY($1::uuid[])`,
    [ids],
  );
  await sql.query(
    `INSERT INTO quiz_attempts (user_id, enrolment_id, release_id, kind, quiz_slug, number, questions, drafts, submitted_at, score, max_score, fraction, passed, results)
     SELECT e.user_id, e.id, e.release_id, 'module', mm.slug, n, '[]'::jsonb,
            jsonb_build_object(mm.slug || '/q1', jsonb_build_object('choice', CASE WHEN n = 1 THEN 'b' ELSE 'a' END),
                               mm.slug || '/q2', jsonb_build_object('choices', jsonb_build_array('a', 'c'))),
            now() - interval '5 days' + n * interval '1 hour', n - 1, 2, (n - 1) / 2.0, n = 3,
            jsonb_build_object(mm.slug || '/q1', jsonb_build_object('score', n - 1, 'max', 1, 'correct', n > 1),
                               mm.slug || '/q2', jsonb_build_object('score', 0, 'max', 1, 'correct', false))
       FROM enrolments e JOIN release_courses rc ON rc.release_id = e.release_id AND rc.slug = e.course_slug
       CROSS JOIN LATERAL unnest(rc.modules[1:5]) mm(slug)
       CROSS JOIN generate_series(1, 3) n
      WHERE e.user_id = ANY($1::uuid[])`,
    [ids],
  );
}

/** EXPLAINs the dashboard's own statements (imported from the API's source) for this cohort. */
async function explainDashboard(cohortId: string): Promise<string[]> {
  const { explainTargets } = await import('./explain-targets.js');
  const found: string[] = [];
  for (const { name, text, params } of await explainTargets(sql, cohortId)) {
    const { rows } = await sql.query<{ 'QUERY PLAN': unknown }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
      params,
    );
    const plan = (
      rows[0]!['QUERY PLAN'] as {
        Plan: Record<string, unknown>;
        'Execution Time': number;
        JIT?: unknown;
      }[]
    )[0]!;
    console.log(
      `EXPLAIN ${name} at 400: estimated cost ${Math.round(Number(plan.Plan['Total Cost']))}, executed in ${plan['Execution Time'].toFixed(1)} ms, JIT ${plan.JIT ? 'used' : 'not used'}`,
    );
    if (process.env.BENCH_EXPLAIN_TEXT) {
      const text2 = await sql.query(`EXPLAIN (ANALYZE) ${text}`, params);
      console.log(text2.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
    const walk = (node: Record<string, unknown>) => {
      if (node['Node Type'] === 'Seq Scan' && BIG_TABLES.includes(String(node['Relation Name'])))
        found.push(`${name}: Seq Scan on ${String(node['Relation Name'])}`);
      for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk(plan.Plan);
  }
  return found;
}
