#!/usr/bin/env node
// `npm test`: builds, lints and type-checks every project, then runs every Vitest project
// (unit, API integration against a real PostgreSQL, browser tests in Chromium).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BrowserNotFoundError, findChromium } from './lib/find-chromium.mjs';
import { checkDatabase, checkDisk, checkNode, preflight } from './lib/preflight.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

await preflight([
  () => checkNode(root),
  () => checkDisk(root, 2),
  () =>
    env.TEST_DATABASE_URL ? checkDatabase(env.TEST_DATABASE_URL, 'TEST_DATABASE_URL') : undefined,
  async () => {
    try {
      const { path, source } = await findChromium();
      // The browser tests use the same one (they search in the same order and find it first).
      if (source !== 'CHROMIUM_PATH') env.CHROMIUM_PATH = path;
      console.log(`Browser tests will use ${path} (${source}).`);
      return undefined;
    } catch (error) {
      if (error instanceof BrowserNotFoundError) return error.message;
      throw error;
    }
  },
]);

function step(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${title} failed after ${seconds} s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`${title} passed in ${seconds} s.`);
}

const nx = ['nx', 'run-many', '--output-style=static', '--skip-nx-cache'];
step('Formatting (Prettier; fix with npm run format)', 'npx', ['prettier', '--check', '.']);
step('Build', 'npx', [...nx, '-t', 'build']);
step('Lint and typecheck', 'npx', [...nx, '-t', 'lint', 'typecheck']);
step('Typecheck cross-app tests', 'npx', ['tsc', '-p', 'tests/tsconfig.json']);
step('Tests', 'npx', ['vitest', 'run', ...process.argv.slice(2)]);
