// Benchmark (issue 14, item 14): how soon a visitor sees content, in headless Chromium on this
// machine. It starts the built academy on a fresh database (TEST_DATABASE_URL, else an embedded
// PostgreSQL), opens each page in a new browser context (empty cache, as a first visit) and
// records first contentful paint and the moment the page's own heading is on screen (the data
// arrived and rendered, not only the shell). Target: content visible within 1 s.
// Run: npm run build, then npm run bench:web:content (BENCH_RUNS, default 7).
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../support/browser.js';
import { startBuiltAcademy } from '../../support/built-academy.js';

const TARGET_MS = 1000;
const runs = Number(process.env.BENCH_RUNS ?? 7);

/** Pages a first visitor opens, each with the heading that shows its content is there. */
const pages: ReadonlyArray<{ name: string; path: string; heading: string }> = [
  { name: 'Home', path: '/', heading: 'Learn to buy circular' },
  {
    name: 'Course',
    path: '/courses/circular-procurement-foundations',
    heading: 'Circular Procurement Foundations',
  },
  {
    name: 'Lesson',
    path: '/learn/why-circular/linear-vs-circular',
    heading: 'Linear versus circular',
  },
  { name: 'Good practices', path: '/practices', heading: 'Good practices' },
];

interface Visit {
  fcp: number;
  content: number;
}

async function visit(browser: Browser, url: string, heading: string): Promise<Visit> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 15_000 });
    // Both measured from the navigation's start by the browser's own clock.
    // A string, so the bundler's helpers (e.g. tsx's __name) never reach the page.
    return (await page.evaluate(`(async () => {
      const content = performance.now();
      let fcp;
      for (let i = 0; i < 20 && fcp === undefined; i++) {
        fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        if (fcp === undefined) await new Promise((r) => requestAnimationFrame(r));
      }
      return { fcp: fcp ?? NaN, content };
    })()`)) as Visit;
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);

const { academy, stop } = await startBuiltAcademy({ NODE_ENV: 'production' });
const browser = await launchBrowser();
let worst = 0;
try {
  // One visit first so the API's caches are warm, as they are for every visitor but the first.
  await visit(browser, `${academy.baseUrl}/`, pages[0]!.heading);
  console.log(`First visit, empty browser cache, ${runs} runs per page (median; worst)`);
  console.log(
    `${'Page'.padEnd(16)} ${'FCP'.padStart(8)} ${'content'.padStart(8)} ${'worst'.padStart(8)}`,
  );
  for (const p of pages) {
    const visits: Visit[] = [];
    for (let i = 0; i < runs; i++)
      visits.push(await visit(browser, academy.baseUrl + p.path, p.heading));
    const content = visits.map((v) => v.content);
    worst = Math.max(worst, median(content));
    console.log(
      `${p.name.padEnd(16)} ${ms(median(visits.map((v) => v.fcp)))} ${ms(median(content))} ${ms(Math.max(...content))}`,
    );
  }
} finally {
  await browser.close();
  await stop();
}
console.log(
  `\nSlowest median time to content: ${Math.round(worst)} ms — ${worst <= TARGET_MS ? 'within' : 'over'} the ${TARGET_MS} ms target.`,
);
