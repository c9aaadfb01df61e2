import type { LoadedFile, CurriculumModel, Localized } from '../loader/model.js';
import type { ProblemList } from '../problems.js';

export interface RuleContext {
  model: CurriculumModel;
  problems: ProblemList;
}
export type Rule = (ctx: RuleContext) => void;

export function where(file: LoadedFile<unknown>): string {
  return file.file.displayPath;
}

export function exists(model: CurriculumModel, path: string): boolean {
  return model.files.has(path);
}

/** Where a missing file should be reported: the displayed path of the logical path if present, else the logical path. */
export function displayOf(model: CurriculumModel, path: string): string {
  return model.files.get(path)?.displayPath ?? path;
}

export function sourceOf<T>(texts: Localized<T>, model: CurriculumModel): LoadedFile<T> | undefined {
  return texts.get(model.sourceLocale);
}

/** Reports duplicates in a list, at the line of each repeated item. */
export function checkDuplicates(
  ctx: RuleContext,
  file: LoadedFile<unknown>,
  values: readonly string[],
  path: readonly PropertyKey[],
  what: string,
  itemPath: (i: number) => readonly PropertyKey[] = (i) => [...path, i],
): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) ctx.problems.error(where(file), file.lineOf(itemPath(i)), `duplicate ${what} "${v}"`);
    seen.add(v);
  });
}

/** Compares two id sets: reports ids in `actual` that `expected` lacks and the reverse. */
export function compareIds(
  ctx: RuleContext,
  file: LoadedFile<unknown>,
  expected: readonly string[],
  actual: readonly string[],
  path: readonly PropertyKey[],
  what: string,
  against: string,
): void {
  for (const id of actual) {
    if (!expected.includes(id)) ctx.problems.error(where(file), file.lineOf([...path, id]), `${what} "${id}" is not in ${against}`);
  }
  for (const id of expected) {
    if (!actual.includes(id)) ctx.problems.error(where(file), file.lineOf(path), `${what} "${id}" is missing (it is in ${against})`);
  }
}
