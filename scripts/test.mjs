#!/usr/bin/env node
// `npm test`: builds, lints and type-checks every project, then runs every Vitest project
// (unit, API integration against a real PostgreSQL, browser tests in Chromium).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

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
step('Build', 'npx', [...nx, '-t', 'build']);
step('Lint and typecheck', 'npx', [...nx, '-t', 'lint', 'typecheck']);
step('Typecheck cross-app tests', 'npx', ['tsc', '-p', 'tests/tsconfig.json']);
step('Tests', 'npx', ['vitest', 'run', ...process.argv.slice(2)]);
