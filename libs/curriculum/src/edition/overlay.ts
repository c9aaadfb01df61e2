import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sourceHash } from '../translation/hash.js';
import { isIgnoredPath } from '../loader/paths.js';

/** One file of the resolved curriculum: a core file, or an edition file that replaces or adds to the core. */
export interface VirtualFile {
  /** Logical path relative to the curriculum root, as if the file were in the core. */
  path: string;
  /** Where it really is, relative to the curriculum root (edition files keep `editions/<id>/`). */
  displayPath: string;
  origin: 'core' | 'edition';
  bytes: Buffer;
  text: string;
  /** sourceHash of the bytes. */
  hash: string;
  /** For an edition file that replaces a core file: the current hash of that core file. */
  replacesHash?: string;
}

export function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${name}` : name;
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...listFiles(abs, rel));
    else out.push(rel);
  }
  return out;
}

function readVirtual(root: string, path: string, displayPath: string, origin: VirtualFile['origin']): VirtualFile {
  const bytes = readFileSync(join(root, displayPath));
  return { path, displayPath, origin, bytes, text: bytes.toString('utf8'), hash: sourceHash(bytes) };
}

/** Reads the core (everything outside `editions/`) and, when asked, overlays `editions/<id>/` on it. */
export function collectFiles(root: string, edition?: string): Map<string, VirtualFile> {
  const files = new Map<string, VirtualFile>();
  for (const rel of listFiles(root)) {
    if (isIgnoredPath(rel)) continue;
    // Core validation still checks each edition's manifest, but not the edition's content files.
    if (rel.startsWith('editions/') && !/^editions\/[^/]+\/edition\.yaml$/.test(rel)) continue;
    files.set(rel, readVirtual(root, rel, rel, 'core'));
  }
  if (edition === undefined) return files;
  const base = `editions/${edition}`;
  for (const rel of listFiles(join(root, base))) {
    if (isIgnoredPath(rel) || rel === 'edition.yaml') continue;
    const file = readVirtual(root, rel, `${base}/${rel}`, 'edition');
    const core = files.get(rel);
    if (core) file.replacesHash = core.hash;
    files.set(rel, file);
  }
  return files;
}
