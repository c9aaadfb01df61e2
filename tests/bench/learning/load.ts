// Loading a server with autocannon and starting a built academy for the hot-path benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../../../apps/api/test/test-database.js';

const root = join(import.meta.dirname, '../../..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface Target {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}
export interface Path {
  name: string;
  connections: number;
  academy: Target;
  baseline: Target;
  signedIn: boolean;
  /** Public verification is limited per client address: each request comes from another one. */
  spreadClients?: boolean;
}

export async function load(base: string, target: Target, path: Path, cookie: string) {
  const latencies: number[] = [];
  let client = 0;
  const instance = autocannon({
    url: base,
    connections: path.connections,
    duration: SECONDS,
    requests: [
      {
        method: target.method,
        path: target.path,
        ...(target.body === undefined ? {} : { body: target.body }),
        headers: {
          'content-type': 'application/json',
          ...(path.signedIn ? { cookie } : {}),
        },
        ...(path.spreadClients
          ? {
              setupRequest: (req: { headers: Record<string, string> }) => {
                client++;
                req.headers = {
                  ...req.headers,
                  'x-forwarded-for': `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`,
                };
                return req;
              },
            }
          : {}),
      },
    ],
  });
  instance.on('response', (_c: unknown, _s: number, _b: number, ms: number) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    // Successful responses per second of the run (autocannon's average skips seconds with none).
    rps: (result.requests.total - result.non2xx - result.errors) / result.duration,
    p95: percentile(latencies, 95),
    errors: result.errors + result.non2xx + result.timeouts,
    total: result.requests.total,
  };
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux). Unlike req/s it hardly
 * depends on what else the machine runs, so it compares two builds fairly on a busy machine.
 */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    return NaN;
  }
}

/** Loads an academy and reports its CPU milliseconds per successful request as well. */
export async function loadAcademy(academy: Academy, target: Target, path: Path, cookie: string) {
  const before = cpuSeconds(academy.process.pid);
  const result = await load(academy.base, target, path, cookie);
  const used = cpuSeconds(academy.process.pid) - before;
  const ok = result.rps * SECONDS;
  return { ...result, cpuMs: ok > 0 ? (used * 1000) / ok : NaN };
}

export interface Academy {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startAcademy(
  main: string,
  databaseUrl: string,
  profile = false,
): Promise<Academy> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...(profile && process.env.BENCH_PROFILE
        ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE]
        : []),
      main,
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        // As deployed (the Docker image sets it): graphql-js skips its development-only checks.
        NODE_ENV: 'production',
        // The default level: the request log line is part of every request's cost.
        LOG_LEVEL: 'info',
        TRUST_PROXY: '1',
        WEB_DIST_DIR: '',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${main} exited with ${child.exitCode}`);
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    process: child,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
