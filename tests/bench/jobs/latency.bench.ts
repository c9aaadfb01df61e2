// Benchmark (issue 12): latency of the durable job queue, from the commit of the transaction that
// enqueues a job to the end of its handler, for 1,000 jobs written by 20 concurrent "requests"
// (each job in its own transaction, as the API writes them) and run by one replica's workers.
// Run: npm run bench:jobs   (TEST_DATABASE_URL's server when set, else embedded PostgreSQL)
import { loadConfig } from '../../../apps/api/src/config/config.js';
import { openDataSource } from '../../../apps/api/src/database/data-source.js';
import { JobsService, QUEUES } from '../../../apps/api/src/jobs/jobs.service.js';
import { createDatabase, provisionTestServer } from '../../../apps/api/test/test-database.js';

const JOBS = Number(process.env.BENCH_JOBS ?? 1000);
const WRITERS = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function run(pollSeconds: string): Promise<Record<string, string | number>> {
  const server = await provisionTestServer();
  const db = await createDatabase(server.serverUrl, 'academy_bench_jobs');
  const ds = await openDataSource(db.url);
  const jobs = new JobsService(
    ds,
    loadConfig({ LOG_LEVEL: 'error', JOBS_POLL_SECONDS: pollSeconds }),
  );
  const committedAt = new Map<number, number>();
  const latencies: number[] = [];
  let done!: () => void;
  const allDone = new Promise<void>((resolve) => (done = resolve));
  jobs.handle<{ i: number }>(QUEUES.certificateIssue, async ({ i }) => {
    // A handler that only records: what is measured is the queue, not the work.
    for (let tries = 0; !committedAt.has(i) && tries < 100; tries++)
      await new Promise((r) => setTimeout(r, 1));
    latencies.push(performance.now() - committedAt.get(i)!);
    if (latencies.length === JOBS) done();
  });
  try {
    await jobs.onApplicationBootstrap(); // creates the queues, starts the workers
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (next < JOBS) {
          const i = next++;
          await ds.transaction((em) => jobs.send(em, QUEUES.certificateIssue, { i }));
          committedAt.set(i, performance.now());
        }
      }),
    );
    const enqueued = performance.now() - started;
    await allDone;
    const total = performance.now() - started;
    latencies.sort((a, b) => a - b);
    return {
      'polling (s)': Number(pollSeconds),
      jobs: JOBS,
      'enqueue (jobs/s)': Math.round(JOBS / (enqueued / 1000)),
      'done (jobs/s)': Math.round(JOBS / (total / 1000)),
      'p50 (ms)': Math.round(percentile(latencies, 50)),
      'p95 (ms)': Math.round(percentile(latencies, 95)),
      'max (ms)': Math.round(latencies[latencies.length - 1] ?? 0),
    };
  } finally {
    await jobs.onModuleDestroy();
    await ds.destroy();
    await db.drop();
    await server.stop();
  }
}

const rows = [];
for (const poll of ['2', '1']) rows.push(await run(poll));
console.log(
  `Job queue latency, enqueue (commit) → handler done, ${JOBS} jobs, one replica (2 workers per queue, batches of 10):`,
);
console.table(rows);
