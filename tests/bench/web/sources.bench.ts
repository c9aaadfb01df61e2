// What the first page's JavaScript is made of (issue 14, item 14): each first-page chunk's bytes
// by the package (or app file) they come from, read from the build's source maps. The served build
// has no maps (item 13), so build one with them elsewhere first:
//   (cd apps/web && WEB_SOURCEMAP=hidden npx vite build --outDir /tmp/web-dist-maps)
//   WEB_DIST_DIR=/tmp/web-dist-maps npm run bench:web:sources
// Bytes are of the minified code (before compression); "(unmapped)" is code the map gives no
// source for (the bundler's glue).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decode } from '@jridgewell/sourcemap-codec';
import { firstPageFiles } from './first-page.js';

const dist = resolve(process.env.WEB_DIST_DIR ?? 'apps/web/dist');
const top = Number(process.env.BENCH_TOP ?? 25);

/** `vue-router`, `@vue/runtime-core`, or `src/…` for the app's own files. */
function origin(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  if (pkg) return pkg[1]!;
  const app = /(?:^|\/)(src\/.*)$/.exec(source);
  return app ? app[1]! : source;
}

const { js } = firstPageFiles(dist);
const missing = [...js].filter((f) => !existsSync(join(dist, `${f}.map`)));
if (missing.length) {
  console.error(
    `No source maps for ${missing.join(', ')}: build with WEB_SOURCEMAP=hidden (see the top of this file).`,
  );
  process.exit(1);
}

for (const file of js) {
  const lines = readFileSync(join(dist, file), 'utf8').split('\n');
  const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as {
    sources: string[];
    mappings: string;
  };
  const bytes = new Map<string, number>();
  decode(map.mappings).forEach((segments, i) => {
    const line = lines[i] ?? '';
    segments.forEach((segment, j) => {
      const end = segments[j + 1]?.[0] ?? line.length;
      const from = segment.length > 1 ? origin(map.sources[segment[1]!]!) : '(unmapped)';
      bytes.set(from, (bytes.get(from) ?? 0) + end - segment[0]);
    });
  });
  const size = lines.reduce((n, l) => n + l.length + 1, 0);
  console.log(`\n${file} (${(size / 1024).toFixed(1)} KB)`);
  for (const [from, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(n / 1024).toFixed(1).padStart(8)} KB  ${from}`);
  }
}
