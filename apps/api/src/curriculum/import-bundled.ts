import { folderContentHash } from '@academy/curriculum';
import type { DataSource } from 'typeorm';
import { importReleaseBundle, type ImportOutcome, type ImportProgress } from './release-importer.js';
import { ReleaseEntity } from './release.entity.js';
import { editionIds, readRelease } from './release-source.js';

/** Imports the core and every edition of a curriculum folder; unchanged releases write nothing. */
export async function importCurriculumFolder(
  dataSource: DataSource,
  root: string,
  options: { edition?: string; progress?: (label: string) => ImportProgress } = {},
): Promise<ImportOutcome[]> {
  const targets: (string | undefined)[] = options.edition ? [options.edition] : [undefined, ...editionIds(root)];
  const outcomes: ImportOutcome[] = [];
  for (const edition of targets) {
    const imported = await alreadyImported(dataSource, root, edition);
    if (imported) {
      outcomes.push(imported);
      continue;
    }
    const { bundle, status } = readRelease(root, edition);
    outcomes.push(await importReleaseBundle(dataSource, bundle, status, options.progress?.(edition ?? 'core')));
  }
  return outcomes;
}

/**
 * A folder whose files hash to an imported release is that release: it was validated when it was
 * imported, so every later start-up skips reading, validating and rendering it again (seconds for
 * the bundled curriculum, once per edition).
 */
async function alreadyImported(
  dataSource: DataSource,
  root: string,
  edition: string | undefined,
): Promise<ImportOutcome | undefined> {
  const found = await dataSource.getRepository(ReleaseEntity).findOne({
    where: { editionKey: edition ?? '', contentHash: folderContentHash(root, edition) },
    select: { id: true, version: true },
  });
  return found ? { status: 'unchanged', releaseId: found.id, version: found.version, edition: edition ?? null } : undefined;
}

export function describeOutcome(o: ImportOutcome): string {
  const name = o.edition ? `edition ${o.edition}` : 'core';
  return o.status === 'unchanged'
    ? `Curriculum ${name} ${o.version} is already imported (unchanged)`
    : `Imported curriculum ${name} ${o.version} (${o.rows} rows)`;
}
