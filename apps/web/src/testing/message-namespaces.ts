// Which feature message files (src/i18n/features/<feature>.<locale>.json) a module needs: the
// feature namespaces its source and everything it imports (statically or lazily) mention in a
// string literal such as 'cohorts.title' or `learning.quiz.${x}`. Used by the spec that checks each
// route declares the features its page needs, so a page never renders a missing-message key.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const featuresDir = resolve(import.meta.dirname, '../i18n/features');

/** Feature namespaces that have message files. */
export const featureNamespaces: string[] = [
  ...new Set(
    readdirSync(featuresDir)
      .filter((f) => f.endsWith('.en.json'))
      .map((f) => f.replace(/\.en\.json$/, '')),
  ),
].sort();

const staticImport = /(?:\bfrom\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const lazyImport = /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const keyPattern = new RegExp(`['"\`](${featureNamespaces.join('|')})\\.[A-Za-z]`, 'g');

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.vue`, join(base, 'index.ts')]) {
    if (/\.(ts|vue)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Namespaces used by `file` and its import closure inside src/ (generated code and JSON skipped);
 * with `lazy: false` only what loads with it (static imports), e.g. for the app's shell.
 */
export function namespacesUsedBy(file: string, { lazy = true } = {}): Set<string> {
  const seen = new Set<string>();
  const used = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    const source = readFileSync(f, 'utf8');
    for (const m of source.matchAll(keyPattern)) used.add(m[1]!);
    const imports = [
      ...source.matchAll(staticImport),
      ...(lazy ? source.matchAll(lazyImport) : []),
    ];
    for (const m of imports) {
      const target = resolveImport(f, m[1]!);
      if (target && !/\/(graphql|i18n|routes)\/|\/router\.ts$/.test(target)) visit(target);
    }
  };
  visit(file);
  return used;
}
