import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildReleaseBundle,
  checkCurriculum,
  formatProblem,
  translationStatus,
  type ReleaseBundle,
  type TranslationStatus,
} from '@academy/curriculum';

// apps/api/{src,dist}/curriculum → repository root/curriculum
export const bundledCurriculumDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../curriculum');

export class CurriculumInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`The curriculum folder has ${problems.length} error(s):\n${problems.join('\n')}`);
  }
}

/** Validates the folder (core or one edition) and turns it into a release bundle. */
export function readRelease(root: string, edition?: string): { bundle: ReleaseBundle; status: TranslationStatus } {
  const { model, errors } = checkCurriculum(root, edition ? { edition } : {});
  if (errors.length) throw new CurriculumInvalidError(errors.map(formatProblem));
  return { bundle: buildReleaseBundle(model), status: translationStatus(model) };
}

export function editionIds(root: string): string[] {
  const dir = join(root, 'editions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'edition.yaml')))
    .map((d) => d.name)
    .sort();
}
