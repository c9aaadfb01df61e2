#!/usr/bin/env node
// `npm start`: builds what the academy needs (libraries, API, web) and runs it.
// Without DATABASE_URL the API starts an embedded PostgreSQL with its data in ./.data.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataOutOfReach } from '../apps/api/bin/postgres-user-access.mjs';
import { checkDisk, checkNode, checkPortFree, preflight } from './lib/preflight.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

await preflight([
  () => checkNode(root),
  () => checkDisk(root, 1),
  // A PORT that is not a number is left to the API's own configuration check and its message.
  () =>
    /^\d+$/.test(env.PORT ?? '3000')
      ? checkPortFree(Number(env.PORT ?? 3000), env.HOST ?? '0.0.0.0', 'PORT')
      : undefined,
  () =>
    env.DATABASE_URL ? undefined : dataOutOfReach(resolve(root, env.ACADEMY_DATA_DIR ?? '.data')),
]);

console.log('Building the academy (first run takes a minute)…');
const build = spawnSync(
  'npx',
  [
    'nx',
    'run-many',
    '-t',
    'build',
    '--projects=@academy/api,@academy/web',
    '--output-style=static',
  ],
  {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  },
);
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  console.error('The build failed; see the output above.');
  process.exit(build.status ?? 1);
}

const api = spawn(process.execPath, ['apps/api/dist/main.js'], {
  cwd: root,
  env: process.env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
