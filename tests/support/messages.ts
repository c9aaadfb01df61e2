import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './academy-process.js';

const I18N = join(repoRoot, 'apps/web/src/i18n');

function flatten(
  obj: Record<string, unknown>,
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object') flatten(v as Record<string, unknown>, `${prefix}${k}.`, out);
    else out[`${prefix}${k}`] = String(v);
  }
  return out;
}

/** Every interface string of a locale (core and feature files), by dotted key, as the web app has them. */
export function interfaceMessages(locale: string): Record<string, string> {
  const core = JSON.parse(readFileSync(join(I18N, `${locale}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
  const features = readdirSync(join(I18N, 'features')).filter((f) => f.endsWith(`.${locale}.json`));
  return Object.assign(
    flatten(core),
    ...features.map((f) =>
      flatten(
        JSON.parse(readFileSync(join(I18N, 'features', f), 'utf8')) as Record<string, unknown>,
      ),
    ),
  );
}

/** A plain message of a locale with its {placeholders} filled (no plural forms). */
export function message(
  messages: Record<string, string>,
  key: string,
  values: Record<string, string> = {},
): string {
  const text = messages[key];
  if (text === undefined) throw new Error(`no interface string ${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/**
 * English interface strings shown on a page that should have been translated: lines of the page's
 * text that are exactly an English string whose translation differs (without placeholders or
 * plurals). Whole lines, because interface strings are whole labels, buttons and headings, while
 * curriculum content may quote English titles of sources.
 */
export function englishLeaks(pageText: string, locale: string): string[] {
  const en = interfaceMessages('en');
  const tr = interfaceMessages(locale);
  const lines = new Set(pageText.split('\n').map((l) => l.trim()));
  return Object.entries(en)
    .filter(([key, text]) => text !== tr[key] && text.length >= 4 && !/[{|@]/.test(text))
    .filter(([, text]) => lines.has(text))
    .map(([key, text]) => `${key}: ${text}`);
}
