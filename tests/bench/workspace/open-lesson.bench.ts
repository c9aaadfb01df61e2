// Benchmark (issue 18): opening the curriculum's longest lesson (≈ 790 words) in the translation
// workspace — segments, glossary terms, translation-memory suggestions, validation — on the bundled
// curriculum (8 languages), with thousands of segments already translated in the browser. Prints
// ms per request (GraphQL round trip on loopback, an upper bound of server time) for the first
// open after start (reads the folder), warm opens, and opens right after another editor's save
// (translation memory rebuilt). Target: under 300 ms.
// Needs the built API (npm run build). Run: npm run bench:workspace
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { loadCurriculum, wordCount, workspaceFiles } from '@academy/curriculum';
import {
  createDatabase,
  freePort,
  provisionTestServer,
} from '../../../apps/api/test/test-database.js';

const root = join(import.meta.dirname, '../../..');
const EDITION = 'example-municipality';
const LOCALE = 'nl';
const REPEAT = Number(process.env.BENCH_REPEAT ?? 20);
const SEEDED = Number(process.env.BENCH_WORKSPACE_SEGMENTS ?? 5000);
const FILE = `query($e: String!, $l: String!, $p: String!) { workspaceFile(edition: $e, locale: $l, sourcePath: $p) {
  segments { id status target previousSource terms { id translation } suggestions { target score } problems { message } comments { body } } } }`;

// The longest lesson of the edition, by source words.
const model = loadCurriculum(join(root, 'curriculum'), { edition: EDITION });
const files = workspaceFiles(model, LOCALE);
const words = (f: (typeof files)[number]) =>
  f.segments.reduce((n, s) => n + wordCount(s.source), 0);
const lesson = files.filter((f) => f.kind === 'lesson').sort((a, b) => words(b) - words(a))[0]!;

const server = await provisionTestServer();
const db = await createDatabase(server.serverUrl, 'academy_bench_workspace');
const port = await freePort();
const api = spawn(process.execPath, ['apps/api/dist/main.js'], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    PORT: String(port),
    LOG_LEVEL: 'error',
    JOBS_POLL_SECONDS: '60',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const sql = new pg.Client({ connectionString: db.url });
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
    query: `mutation { register(input: { email: "editor@example.test", password: "${password}", displayName: "Editor" }) }`,
  });
  await sql.query(`UPDATE users SET roles = '{editor}' WHERE email_key = 'editor@example.test'`);
  await sql.query(
    `INSERT INTO editor_editions (user_id, edition_key) SELECT id, $1 FROM users WHERE email_key = 'editor@example.test'`,
    [EDITION],
  );
  // Segments translated in the browser elsewhere in the edition: they feed translation memory.
  await sql.query(
    `INSERT INTO workspace_segments (edition_key, locale, source_path, segment_id, target, source_text, state, version)
     SELECT $1, $2, 'bench/file-' || (n / 50) || '.en.md', 'body.' || n, 'Vertaalde alinea ' || n || ' over circulair inkopen en levenscycluskosten van meubilair.',
            'Translated paragraph ' || n || ' about circular procurement and the life-cycle costs of furniture.', 'translated', 1
     FROM generate_series(1, $3::int) AS n`,
    [EDITION, LOCALE, SEEDED],
  );
  const signIn = await post({
    query: `mutation { login(input: { email: "editor@example.test", password: "${password}" }) { id } }`,
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const open = async () => {
    const started = performance.now();
    const res = (await (
      await post(
        { query: FILE, variables: { e: EDITION, l: LOCALE, p: lesson.sourcePath } },
        cookie,
      )
    ).json()) as {
      data?: { workspaceFile: { segments: { suggestions: unknown[] }[] } };
      errors?: unknown[];
    };
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return { ms: performance.now() - started, segments: res.data!.workspaceFile.segments };
  };
  const first = await open();
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) times.push((await open()).ms);
  times.sort((a, b) => a - b);
  // Another editor saves a segment elsewhere: the memory is rebuilt from the workspace on the next open.
  const afterSave: number[] = [];
  for (let i = 0; i < 5; i++) {
    await sql.query(
      `UPDATE workspace_segments SET updated_at = now(), version = version + 1 WHERE segment_id = $1`,
      [`body.${i + 1}`],
    );
    afterSave.push((await open()).ms);
  }
  afterSave.sort((a, b) => a - b);
  console.log(
    `Workspace: open ${lesson.displayPath} (${words(lesson)} words, ${first.segments.length} segments, ` +
      `${first.segments.filter((s) => s.suggestions.length).length} with TM suggestions) in ${LOCALE}, ` +
      `${SEEDED} segments in the workspace, ${REPEAT} warm requests:`,
  );
  console.table([
    {
      'first open (ms)': Math.round(first.ms),
      'median (ms)': Math.round(times[Math.floor(times.length / 2)]!),
      'p95 (ms)': Math.round(times[Math.floor(times.length * 0.95)]!),
      'max (ms)': Math.round(times[times.length - 1]!),
      'after a save, median (ms)': Math.round(afterSave[2]!),
    },
  ]);
} finally {
  await sql.end().catch(() => undefined);
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await db.drop();
  await server.stop();
}
