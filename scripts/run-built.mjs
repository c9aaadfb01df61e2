#!/usr/bin/env node
// Builds the API (and the libraries it uses) quietly, then runs one of its compiled entry points.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...args] = process.argv.slice(2);
const build = spawnSync('npx', ['nx', 'run', '@academy/api:build', '--output-style=static'], {
  cwd: root,
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  encoding: 'utf8',
});
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr + '\nThe API build failed.\n');
  process.exit(build.status ?? 1);
}
const child = spawn(process.execPath, [entry, ...args], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
