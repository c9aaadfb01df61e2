import { createHash } from 'node:crypto';
import { collectFiles, type VirtualFile } from '../edition/overlay.js';
import type { CurriculumModel } from '../loader/model.js';

/**
 * Stable identity of a release: SHA-256 (hex) over the resolved files sorted by logical path, each as
 * `path NUL byteLength NUL bytes`. Other editions' manifests are left out; the loaded edition's is in.
 */
export function releaseContentHash(model: CurriculumModel): string {
  return hashFiles(model.files, model.edition?.file.path);
}

/**
 * The content hash a folder's release (core or one edition) would have, from its files alone:
 * nothing is parsed or validated, so a start-up can see that a folder is already imported in
 * milliseconds. It equals releaseContentHash of the loaded model whenever that model is valid.
 */
export function folderContentHash(root: string, edition?: string): string {
  return hashFiles(collectFiles(root, edition), edition && `editions/${edition}/edition.yaml`);
}

function hashFiles(files: Map<string, VirtualFile>, editionManifest: string | undefined): string {
  const hash = createHash('sha256');
  const paths = [...files.keys()].filter((p) => !p.startsWith('editions/') || p === editionManifest).sort();
  for (const path of paths) {
    const file = files.get(path)!;
    hash.update(`${path}\0${file.bytes.length}\0`);
    hash.update(file.bytes);
  }
  return hash.digest('hex');
}
