import type { DataSource } from 'typeorm';
import { importReleaseBundle, type ImportOutcome, type ImportProgress } from './release-importer.js';
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
    const { bundle, status } = readRelease(root, edition);
    outcomes.push(await importReleaseBundle(dataSource, bundle, status, options.progress?.(edition ?? 'core')));
  }
  return outcomes;
}

export function describeOutcome(o: ImportOutcome): string {
  const name = o.edition ? `edition ${o.edition}` : 'core';
  return o.status === 'unchanged'
    ? `Curriculum ${name} ${o.version} is already imported (unchanged)`
    : `Imported curriculum ${name} ${o.version} (${o.rows} rows)`;
}
