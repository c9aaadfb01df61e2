// Finds the Chromium that the browser tests drive, so `npm test` needs nothing installed by hand.
// Order: CHROMIUM_PATH; a Chromium or Chrome already on the machine; on Linux the Chromium that
// the npm registry ships inside @sparticuz/chromium (a devDependency); as root on Debian/Ubuntu,
// Debian's package through apt-get. Otherwise one sentence says what to install.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const KNOWN_PATHS = {
  linux: [
    '/usr/bin/chromium', // Debian
    '/usr/bin/chromium-browser', // Ubuntu, Fedora
    '/usr/lib64/chromium-browser/chromium-browser', // Fedora
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
};

export class BrowserNotFoundError extends Error {
  name = 'BrowserNotFoundError';
}

export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium inside @sparticuz/chromium, unpacked to the temp folder; undefined where it has none. */
export async function npmRegistryChromium() {
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const path = await chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    return undefined; // not installed, or no binary for this processor
  }
}

/** Debian's chromium through apt-get; only as root, and only where apt-get exists. */
export function aptInstallChromium(log = console.log) {
  log("No Chromium found: installing Debian's chromium package with apt-get (once)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  if (update.status !== 0) return undefined;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    env,
    stdio: 'ignore',
  });
  return install.status === 0 && isExecutable('/usr/bin/chromium')
    ? '/usr/bin/chromium'
    : undefined;
}

/**
 * @returns {Promise<{ path: string, source: 'CHROMIUM_PATH' | 'machine' | 'npm' | 'apt' }>}
 * Every dependency can be replaced, so the test of this search can walk each branch.
 */
export async function findChromium({
  env = process.env,
  platform = process.platform,
  isRoot = process.getuid?.() === 0,
  candidates = KNOWN_PATHS[platform] ?? [],
  canRun = isExecutable,
  fromNpm = npmRegistryChromium,
  hasApt = existsSync('/usr/bin/apt-get'),
  fromApt = aptInstallChromium,
} = {}) {
  if (env.CHROMIUM_PATH) {
    if (canRun(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    throw new BrowserNotFoundError(
      `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file: point it at a Chromium or Chrome, or unset it.`,
    );
  }
  const onMachine = candidates.find((path) => canRun(path));
  if (onMachine) return { path: onMachine, source: 'machine' };
  if (platform === 'linux') {
    const npm = await fromNpm();
    if (npm) return { path: npm, source: 'npm' };
    if (isRoot && hasApt) {
      const apt = fromApt();
      if (apt) return { path: apt, source: 'apt' };
    }
  }
  throw new BrowserNotFoundError(
    platform === 'darwin'
      ? 'The browser tests need Chromium or Google Chrome: install one in /Applications, or set CHROMIUM_PATH to its executable.'
      : 'The browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
