import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { classifyPath, sourcePathOf } from '../loader/paths.js';
import { sourceHash } from './hash.js';

export interface ConfirmResult {
  /** Path of the translation, relative to the curriculum root. */
  file: string;
  /** Path of the source it now records, relative to the curriculum root. */
  source: string;
  previous?: string;
  sourceHash: string;
  changed: boolean;
}

/** Splits `editions/<id>/<rest>` into edition id and logical path. */
export function splitEditionPath(rel: string): { edition?: string; path: string } {
  const m = /^editions\/([^/]+)\/(.+)$/.exec(rel);
  return m ? { edition: m[1], path: m[2] ?? '' } : { path: rel };
}

/**
 * Writes `value` as the top-level `key:` of a YAML file or Markdown front matter, touching only that line
 * (or inserting one line when the key is absent). Everything else stays byte-for-byte.
 */
export function setTopLevelKey(text: string, key: string, value: string, markdown: boolean): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let start = 0;
  let end = text.length;
  if (markdown) {
    const open = /^---\r?\n/.exec(text);
    if (!open) return `---${eol}${key}: ${value}${eol}---${eol}${text}`;
    start = open[0].length;
    const close = /^(---|\.\.\.)\s*$/m.exec(text.slice(start));
    end = close ? start + close.index : text.length;
  }
  const region = text.slice(start, end);
  const re = new RegExp(`^${key}:[^\\r\\n]*`, 'm');
  const replaced = re.test(region) ? region.replace(re, `${key}: ${value}`) : `${key}: ${value}${eol}${region}`;
  return text.slice(0, start) + replaced + text.slice(end);
}

/** The `sourceHash` a translation's text records, if any. */
export function recordedSourceHash(text: string): string | undefined {
  return /^sourceHash:\s*['"]?([^\s'"]*)/m.exec(text)?.[1];
}

/** Finds a translation file and its source (in the edition first, then the core). */
export function locateTranslation(root: string, file: string, sourceLocale = 'en'): { rel: string; path: string; source: string } {
  const abs = resolve(file);
  const rel = relative(resolve(root), existsSync(abs) ? abs : resolve(root, file)).split('\\').join('/');
  const { edition, path } = splitEditionPath(rel);
  const ref = classifyPath(path);
  if (!ref?.locale) throw new Error(`${rel} is not a text file of the curriculum`);
  if (ref.locale === sourceLocale) throw new Error(`${rel} is a source file: only translations record a sourceHash`);
  const sourceRel = sourcePathOf(ref, sourceLocale);
  const candidates = edition ? [`editions/${edition}/${sourceRel}`, sourceRel] : [sourceRel];
  const source = candidates.find((c) => existsSync(join(root, c)));
  if (!source) throw new Error(`${rel}: source ${sourceRel} does not exist`);
  return { rel, path, source };
}

/** Marks a translation as checked against the current source: rewrites only its `sourceHash` line. */
export function confirmTranslation(root: string, file: string, sourceLocale = 'en'): ConfirmResult {
  const { rel, path, source } = locateTranslation(root, file, sourceLocale);
  const hash = sourceHash(readFileSync(join(root, source)));
  const target = join(root, rel);
  const text = readFileSync(target, 'utf8');
  const previous = recordedSourceHash(text);
  const next = setTopLevelKey(text, 'sourceHash', hash, path.endsWith('.md'));
  if (next !== text) writeFileSync(target, next);
  return { file: rel, source, previous, sourceHash: hash, changed: next !== text };
}
