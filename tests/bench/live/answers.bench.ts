// Benchmark (issue 17): 200 participants answer a live poll through two API replicas while a
// projector, subscribed over graphql-ws on one of them, refetches the live state on each event
// as the web app does. Prints the answer-to-projector latency (p50/p95/max: from sending an
// answer until the projector's state counts it), the answer request latency, and checks that
// every answer is counted exactly once (re-answers replace). Loopback only; needs the built API.
// Run: npm run bench:live   (TEST_DATABASE_URL's server when set, else embedded PostgreSQL;
// REDIS_URL is passed on to the replicas when set, so both fan-outs can be measured).
import { availableParallelism, loadavg } from 'node:os';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import {
  createDatabase,
  freePort,
  provisionTestServer,
} from '../../../apps/api/test/test-database.js';
import {
  hashSessionToken,
  newSessionToken,
} from '../../../apps/api/src/identity/session-tokens.js';
import { startAcademy, type RunningAcademy } from '../../support/academy-process.js';

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 200);
/** Answers arrive spread over this window, as a room answers after reading the question. */
const SPREAD_MS = Number(process.env.BENCH_SPREAD_MS ?? 4000);
/** Participants who change their mind once (their answer must replace, not add). */
const CHANGERS = Math.floor(PARTICIPANTS / 4);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Gql = <T>(base: string, query: string, variables?: object) => Promise<T>;
const gqlAs =
  (token: string): Gql =>
  async <T>(base: string, query: string, variables = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `academy_session=${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

const load = loadavg()[0]!;
const server = await provisionTestServer();
const db = await createDatabase(server.serverUrl, 'academy_bench_live');
const replicas: RunningAcademy[] = [];
const sql = new pg.Client(db.url);
try {
  for (let i = 0; i < 2; i++)
    replicas.push(
      await startAcademy(
        {
          DATABASE_URL: db.url,
          PORT: String(await freePort()),
          LOG_LEVEL: 'error',
          WEB_DIST_DIR: '',
          REDIS_URL: process.env.REDIS_URL ?? '',
        },
        180_000,
      ),
    );
  const [a, b] = replicas.map((r) => r.baseUrl) as [string, string];
  await sql.connect();

  // A host and the participants, with sessions made in SQL (no password hashing for 200 people).
  const people = async (n: number, roles: string[]) => {
    const emails = Array.from(
      { length: n },
      (_, i) => `live-${roles[0] ?? 'p'}-${i}-${Date.now()}@bench.test`,
    );
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO users (email, email_key, display_name, password_hash, roles)
       SELECT e, e, 'Bench ' || e, '!bench', $2 FROM unnest($1::text[]) e RETURNING id`,
      [emails, roles],
    );
    const tokens = rows.map(() => newSessionToken());
    await sql.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at)
       SELECT u, h, now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) x(u, h)`,
      [rows.map((r) => r.id), tokens.map(hashSessionToken)],
    );
    return rows.map((r, i) => ({ id: r.id, token: tokens[i]!, gql: gqlAs(tokens[i]!) }));
  };
  const [host] = await people(1, ['host']);
  const crowd = await people(PARTICIPANTS, []);
  const today = new Date().toISOString().slice(0, 10);
  const { createCohort } = await host!.gql<{ createCohort: { id: string } }>(
    a,
    `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`,
    {
      i: {
        name: 'Bench',
        courseSlug: 'circular-procurement-foundations',
        locale: 'en',
        startsOn: today,
        endsOn: today,
        timeZone: 'UTC',
        capacity: PARTICIPANTS,
      },
    },
  );
  await sql.query(
    `INSERT INTO cohort_members (cohort_id, user_id, calendar_token)
     SELECT $1, u, md5(u::text) || md5(random()::text) FROM unnest($2::uuid[]) u`,
    [createCohort.id, crowd.map((p) => p.id)],
  );
  const { createCohortSession } = await host!.gql<{ createCohortSession: { id: string } }>(
    a,
    `mutation($i: CreateSessionInput!) { createCohortSession(input: $i) { id } }`,
    {
      i: {
        cohortId: createCohort.id,
        title: 'Bench',
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    },
  );
  const { startLiveSession: live } = await host!.gql<{
    startLiveSession: { id: string; joinCode: string };
  }>(
    a,
    `mutation($id: ID!) { startLiveSession(input: { cohortSessionId: $id }) { id joinCode } }`,
    { id: createCohortSession.id },
  );
  // Participants join through either replica (a load balancer's choice).
  await Promise.all(
    crowd.map((p, i) =>
      p.gql(
        i % 2 ? b : a,
        `mutation($c: String!) { joinLiveSession(input: { code: $c }) { id } }`,
        { c: live.joinCode },
      ),
    ),
  );

  // The projector: subscribed on replica A, refetching the state on each event, one fetch at a time.
  const seen: { at: number; count: number }[] = [];
  let fetching = false;
  let again = false;
  const refetch = async (): Promise<void> => {
    if (fetching) {
      again = true;
      return;
    }
    fetching = true;
    const state = await host!.gql<{
      liveSession: { currentActivity: { results: { answerCount: number } } | null };
    }>(
      a,
      `query($id: ID!) { liveSession(id: $id) { currentActivity { results { answerCount } } } }`,
      { id: live.id },
    );
    seen.push({
      at: performance.now(),
      count: state.liveSession.currentActivity?.results.answerCount ?? 0,
    });
    fetching = false;
    if (again) {
      again = false;
      await refetch();
    }
  };
  const projector = createClient({
    url: `${a.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie: `academy_session=${host!.token}` } });
      }
    },
  });
  let events = 0;
  const subscribed = new Promise<void>((resolve) => projector.on('connected', () => resolve()));
  const stop = projector.subscribe(
    {
      query: `subscription($id: ID!) { liveSessionEvents(liveSessionId: $id) { kind } }`,
      variables: { id: live.id },
    },
    {
      next: () => {
        events++;
        void refetch();
      },
      error: (e) => console.error(e),
      complete: () => undefined,
    },
  );
  await subscribed;
  await sleep(300); // the subscription is registered just after the connection is acknowledged

  const { launchLiveActivity } = await host!.gql<{
    launchLiveActivity: { currentActivity: { id: string } };
  }>(
    a,
    `mutation($i: LaunchLiveActivityInput!) { launchLiveActivity(input: $i) { currentActivity { id } } }`,
    {
      i: {
        liveSessionId: live.id,
        kind: 'poll',
        prompt: 'Which first?',
        options: ['Reuse', 'Repair', 'Recycle'],
      },
    },
  );
  const activityId = launchLiveActivity.currentActivity.id;
  const answer = (p: (typeof crowd)[number], i: number, choice: string) =>
    p.gql(
      i % 2 ? b : a,
      `mutation($i: AnswerLiveActivityInput!) { answerLiveActivity(input: $i) { id } }`,
      {
        i: { activityId, choice },
      },
    );

  // Everyone answers once, spread over the window; then a quarter change their answer.
  const sent: { start: number; acked: number }[] = [];
  const started = performance.now();
  await Promise.all(
    crowd.map(async (p, i) => {
      await sleep(Math.random() * SPREAD_MS);
      const start = performance.now();
      await answer(p, i, `o${(i % 3) + 1}`);
      sent.push({ start, acked: performance.now() });
    }),
  );
  await Promise.all(crowd.slice(0, CHANGERS).map((p, i) => answer(p, i, 'o1')));
  await sleep(1500);
  await refetch();
  const elapsed = performance.now() - started;

  // The k-th acknowledged answer is on the projector once a state counts at least k answers.
  sent.sort((x, y) => x.acked - y.acked);
  const toProjector = sent
    .map(
      (s, k) => (seen.find((v) => v.at >= s.start && v.count >= k + 1)?.at ?? Number.NaN) - s.start,
    )
    .sort((x, y) => x - y);
  const request = sent.map((s) => s.acked - s.start).sort((x, y) => x - y);
  const { rows: stored } = await sql.query<{ n: number; o1: number }>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE response->>'choice' = 'o1')::int AS o1 FROM live_answers WHERE activity_id = $1`,
    [activityId],
  );
  const final = seen[seen.length - 1]?.count ?? 0;
  const expectedO1 =
    Math.ceil(PARTICIPANTS / 3) + crowd.slice(0, CHANGERS).filter((_, i) => i % 3 !== 0).length;
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `live poll: ${PARTICIPANTS} participants on 2 replicas (${process.env.REDIS_URL ? 'Redis pub/sub' : 'PostgreSQL LISTEN/NOTIFY'}), answers spread over ${SPREAD_MS} ms, ${availableParallelism()} CPU cores, load average ${load.toFixed(1)} before the run`,
  );
  console.log(
    `answer → projector: p50 ${ms(percentile(toProjector, 50))}   p95 ${ms(percentile(toProjector, 95))}   max ${ms(toProjector[toProjector.length - 1] ?? 0)}   (${toProjector.filter(Number.isNaN).length} never seen)`,
  );
  console.log(
    `answer request:      p50 ${ms(percentile(request, 50))}   p95 ${ms(percentile(request, 95))}`,
  );
  console.log(
    `counted: projector ${final}, stored ${stored[0]!.n} (expected ${PARTICIPANTS}); after ${CHANGERS} changed answers, "Reuse" ${stored[0]!.o1} (expected ${expectedO1}); ${events} events, ${seen.length} projector fetches in ${(elapsed / 1000).toFixed(1)} s`,
  );
  stop();
  await projector.dispose();
  if (final !== PARTICIPANTS || stored[0]!.n !== PARTICIPANTS || stored[0]!.o1 !== expectedO1)
    process.exitCode = 1;
} finally {
  await sql.end().catch(() => undefined);
  await Promise.all(replicas.map((r) => r.stop()));
  await db.drop().catch(() => undefined);
  await server.stop();
}
