// Checks that cost seconds, run before the minutes of building and testing: each failure is one
// sentence that says what to do, never a stack trace after the long work.
import { readFileSync, statfsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import semver from 'semver';

const GiB = 1024 ** 3;

export function checkNode(root, version = process.versions.node) {
  const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
  if (semver.satisfies(version, wanted)) return undefined;
  return `The academy needs Node.js ${wanted} (this is ${version}): install Node.js 20.19 or later.`;
}

export function checkDisk(folder, neededGiB) {
  const { bavail, bsize } = statfsSync(folder);
  const free = bavail * bsize;
  if (free >= neededGiB * GiB) return undefined;
  return `Only ${(free / GiB).toFixed(1)} GiB are free on the disk of ${folder}; the build and the test databases need about ${neededGiB} GiB.`;
}

export function checkPortFree(port, host, variable) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error) =>
      resolve(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is already in use (another academy?): stop what uses it, or set ${variable} to a free port.`
          : `Cannot listen on ${host}:${port} (${error.code}): set ${variable} to another port.`,
      ),
    );
    server.listen(port, host, () => server.close(() => resolve(undefined)));
  });
}

/** Connects once to a PostgreSQL URL; the message names the variable, never its value (it may hold a password). */
export async function checkDatabase(url, variable) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return `${variable} is set but its PostgreSQL server cannot be reached (${error.code ?? error.name}): start the server, or unset ${variable} to use an embedded one.`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs the checks in order and stops the process at the first failure. */
export async function preflight(checks) {
  for (const check of checks) {
    const problem = await check();
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
  }
}
