#!/usr/bin/env node
// `npm run curriculum -- <command>`: `release` imports into the database (through the API's
// code); every other command (validate, status, confirm, export-xliff, import-xliff) is the
// pure curriculum CLI, run from source.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const [cmd, cmdArgs] =
  args[0] === 'release'
    ? ['scripts/run-built.mjs', ['apps/api/dist/cli/release.js', ...args.slice(1)]]
    : ['libs/curriculum/src/cli.ts', args];
const nodeArgs =
  args[0] === 'release'
    ? [cmd, ...cmdArgs]
    : ['--conditions=@academy/source', '--import', 'tsx', cmd, ...cmdArgs];
const child = spawn(process.execPath, nodeArgs, {
  cwd: process.cwd(),
  stdio: 'inherit',
  env: { ...process.env, ACADEMY_REPO_ROOT: root },
});
child.on('exit', (code) => process.exit(code ?? 1));
