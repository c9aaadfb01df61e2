import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedFile } from '../loader/model.js';
import { locateTranslation, recordedSourceHash, setTopLevelKey } from './confirm.js';
import { sourceHash } from './hash.js';

// A translation is "reviewed" when a native-speaking subject expert checked it. The review is
// recorded in the file as `reviewedBy` (who) and `reviewedHash` (the hash of the file's text as
// reviewed, without these two lines), so any later edit of the translation, including a
// re-confirm against a changed source, leaves it unreviewed until someone reviews it again.

const REVIEW_LINE = /^reviewed(By|Hash):[^\n]*\n/gm;

/** Hash of a translation's text without its review lines (what a review vouches for). */
export function reviewHash(text: string): string {
  return sourceHash(text.replace(/\r\n/g, '\n').replace(REVIEW_LINE, ''));
}

export function isReviewed(file: LoadedFile<{ reviewedHash?: string }>): boolean {
  return file.data.reviewedHash !== undefined && file.data.reviewedHash === reviewHash(file.file.text);
}

export interface ReviewResult {
  file: string;
  reviewedBy: string;
  reviewedHash: string;
}

/** Records that `by` reviewed a translation that is current with its source. */
export function reviewTranslation(root: string, file: string, by: string, sourceLocale = 'en'): ReviewResult {
  const reviewer = by.trim();
  if (!reviewer || /[\r\n]/.test(reviewer)) throw new Error('review needs --by "Name, role" on one line');
  const { rel, path, source } = locateTranslation(root, file, sourceLocale);
  const target = join(root, rel);
  let text = readFileSync(target, 'utf8');
  const recorded = recordedSourceHash(text);
  const current = sourceHash(readFileSync(join(root, source)));
  if (recorded !== current) {
    throw new Error(`${rel} is not current with ${source}: update it and run confirm before review`);
  }
  const markdown = path.endsWith('.md');
  text = setTopLevelKey(text, 'reviewedBy', JSON.stringify(reviewer), markdown);
  const hash = reviewHash(text);
  text = setTopLevelKey(text, 'reviewedHash', hash, markdown);
  writeFileSync(target, text);
  return { file: rel, reviewedBy: reviewer, reviewedHash: hash };
}
