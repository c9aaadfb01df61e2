// Benchmark (issue 20): the LCC calculator's work for the largest scenario the engine accepts,
// 6 offers × 100 years, with every sensitivity analysis, the tornado and the trace, and Monte
// Carlo with 10,000 draws, on the server (Node) and in the browser (headless Chromium, found as
// the browser tests find it). Prints the median and p95 of BENCH_RUNS runs (default 30; Monte
// Carlo BENCH_RUNS / 6, at least 3) after a warm-up. BENCH_BROWSER=0 skips the browser run.
// Run: npm run bench:lcc
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser } from '../../support/browser.js';
import { measure, type Timing } from './workload.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const row = (t: Timing) =>
  `  ${t.name.padEnd(58)} median ${t.median.toFixed(2).padStart(8)} ms   p95 ${t.p95.toFixed(2).padStart(8)} ms   (${t.runs} runs)`;

const node = measure(RUNS);
console.log(
  `LCC calculator, 6 offers × 100 years (ranking switches found: ${node.switches})\nNode ${process.version}:`,
);
node.timings.forEach((t) => console.log(row(t)));

/** The engine and the workload as one script a page can run (the engine from source, as the web app bundles it). */
async function browserBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['@academy/source'] },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('./browser-entry.ts', import.meta.url)),
        formats: ['iife'],
        name: 'lccBenchBundle',
      },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs)
    if ('output' in o) for (const chunk of o.output) if (chunk.type === 'chunk') return chunk.code;
  throw new Error('The bundle produced no script');
}

if (process.env.BENCH_BROWSER !== '0') {
  const code = await browserBundle();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>LCC benchmark</title>');
    await page.addScriptTag({ content: code });
    const version = await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]);
    const inPage = await page.evaluate(
      (runs) =>
        (
          globalThis as unknown as {
            lccBench: (n: number) => { timings: Timing[]; switches: number };
          }
        ).lccBench(runs),
      RUNS,
    );
    console.log(
      `Chromium ${version ?? '(unknown version)'}, ${(code.length / 1024).toFixed(0)} KB script:`,
    );
    inPage.timings.forEach((t) => console.log(row(t)));
  } finally {
    await browser.close();
  }
}
