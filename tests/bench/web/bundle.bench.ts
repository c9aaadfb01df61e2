// Benchmark (issue 14, items 13–14): bytes a browser downloads for the web app, compressed as the
// API sends them (brotli, else gzip). It reads the built app (apps/web/dist, or WEB_DIST_DIR):
// the first page's JS and CSS are what index.html loads and preloads; each page's extra bytes are
// its route chunk plus the chunks it imports statically that the first page did not load.
// Target: ≤ 80 KB of gzipped JS for the first page.
// Run: npm run build (or the web's build), then npm run bench:web
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { firstPageFiles, staticClosure } from './first-page.js';

const TARGET_FIRST_PAGE_GZIP_JS = 80 * 1024;
const dist = resolve(process.env.WEB_DIST_DIR ?? 'apps/web/dist');
const indexPath = join(dist, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`No built web app at ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}
const sizes = new Map<string, Size>();

/** Sizes of one asset; compressed at the levels the build uses (gzip 9, brotli 11). */
function sizeOf(file: string): Size {
  const known = sizes.get(file);
  if (known) return known;
  const body = readFileSync(join(dist, file));
  const size = {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
  sizes.set(file, size);
  return size;
}

function total(files: Iterable<string>): Size {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const s = sizeOf(f);
    sum.raw += s.raw;
    sum.gzip += s.gzip;
    sum.brotli += s.brotli;
  }
  return sum;
}

const { js: firstJs, css: firstCss } = firstPageFiles(dist);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const line = (label: string, s: Size) =>
  `${label.padEnd(34)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`;

console.log(`Web app bundle (${dist})`);
console.log(
  `${''.padEnd(34)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`,
);
const js = total(firstJs);
console.log(line(`first page JS (${firstJs.size} files)`, js));
console.log(line(`first page CSS (${firstCss.length} files)`, total(firstCss)));
for (const f of [...firstJs].sort((a, b) => sizeOf(b).gzip - sizeOf(a).gzip).slice(0, 5)) {
  console.log(line(`  ${f.replace(/^assets\//, '')}`, sizeOf(f)));
}

console.log('\nExtra JS per page (route chunk + its static imports not on the first page)');
const pages = readdirSync(join(dist, 'assets'))
  .filter((f) => /^[A-Za-z]+Page-[\w-]+\.js$/.test(f))
  .map((f) => `assets/${f}`);
for (const page of pages.sort()) {
  const extra = [...staticClosure(dist, page)].filter((f) => !firstJs.has(f));
  console.log(line(`  ${page.replace(/^assets\/(\w+Page)-.*$/, '$1')}`, total(extra)));
}

const verdict = js.gzip <= TARGET_FIRST_PAGE_GZIP_JS ? 'within' : 'over';
console.log(
  `\nFirst page JS: ${kb(js.gzip)} gzip, ${kb(js.brotli)} brotli — ${verdict} the ${kb(TARGET_FIRST_PAGE_GZIP_JS)} gzip target.`,
);
