import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chunks a JS file imports statically (`import … from "./x.js"`, `import "./x.js"`), transitively. */
export function staticClosure(dist: string, entry: string, into = new Set<string>()): Set<string> {
  if (into.has(entry)) return into;
  into.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) {
    staticClosure(dist, `assets/${m[1]}`, into);
  }
  return into;
}

/** What index.html loads: its scripts and the chunks they import statically, and its CSS. */
export function firstPageFiles(dist: string): { js: Set<string>; css: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const js = new Set<string>();
  for (const f of referenced.filter((f) => f.endsWith('.js'))) staticClosure(dist, f, js);
  return { js, css: referenced.filter((f) => f.endsWith('.css')) };
}
