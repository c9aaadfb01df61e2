import { createHash } from 'node:crypto';
import type { CurriculumModel } from '../loader/model.js';

/**
 * Stable identity of a release: SHA-256 (hex) over the resolved files sorted by logical path, each as
 * `path NUL byteLength NUL bytes`. Other editions' manifests are left out; the loaded edition's is in.
 */
export function releaseContentHash(model: CurriculumModel): string {
  const hash = createHash('sha256');
  const editionManifest = model.edition?.file.path;
  const paths = [...model.files.keys()].filter((p) => !p.startsWith('editions/') || p === editionManifest).sort();
  for (const path of paths) {
    const file = model.files.get(path);
    if (!file) continue;
    hash.update(`${path}\0${file.bytes.length}\0`);
    hash.update(file.bytes);
  }
  return hash.digest('hex');
}
