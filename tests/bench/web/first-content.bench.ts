// Benchmark (issue 14, item 14): how soon a visitor sees content, in headless Chromium on this
// machine. It starts the built academy on a fresh database (TEST_DATABASE_URL, else an embedded
// PostgreSQL), opens each page in a new browser context (empty cache, as a first visit) and
// records first contentful paint and the moment the page's own heading is on screen (the data
// arrived and rendered, not only the shell). Target: content visible within 1 s.
// Three clocks for the heading, all from the navigation's start: "shown" is when it entered the
// page (a MutationObserver in the page), "painted" when the frame showing it has been rendered
// (a task queued from the next animation frame), and "content" when Playwright saw it, which adds Playwright's polling (it retries at growing
// intervals, so that clock runs 70-250 ms behind the page). The target is judged on "painted":
// the moment the content is visible. "content" is printed as this bench always reported it.
// BENCH_COMPARE=<another build's apps/web/dist> serves that build from a second academy in the same
// run, the visits alternating between the two, so both see the same machine load.
// BENCH_COMPARE_API=<another build's apps/api/dist, inside the repository so it finds the packages>
// runs that API for the second academy (with this web build unless BENCH_COMPARE names another).
// BENCH_WATERFALL=1 then prints one more visit per page and build as a request waterfall (start,
// first byte, end in ms from the navigation's start, from the browser's Resource Timing).
// Run: npm run build, then npm run bench:web:content (BENCH_RUNS, default 7).
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../support/browser.js';
import { startBuiltAcademy } from '../../support/built-academy.js';

const TARGET_MS = 1000;
const runs = Number(process.env.BENCH_RUNS ?? 7);
const compareDist = process.env.BENCH_COMPARE ? resolve(process.env.BENCH_COMPARE) : undefined;
const compareApi = process.env.BENCH_COMPARE_API
  ? join(process.env.BENCH_COMPARE_API, 'main.js')
  : undefined;

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
  shown: number;
  painted: number;
  requests: Array<[start: number, firstByte: number, end: number, path: string]>;
}

/**
 * Notes when an h1 with the heading's text first enters the page, and when the frame that shows it
 * has been rendered: a task queued from the next animation frame runs after that frame's style,
 * layout and paint (installed before any page script runs).
 */
const headingObserver = (heading: string) => `(() => {
  const seen = () => [...document.querySelectorAll('h1')].some((h) => h.textContent.includes(${JSON.stringify(heading)}));
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    window.__headingShown = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__headingPainted = performance.now(); }));
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

async function visit(browser: Browser, url: string, heading: string): Promise<Visit> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  try {
    await page.addInitScript(headingObserver(heading));
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 15_000 });
    // Both measured from the navigation's start by the browser's own clock.
    // A string, so the bundler's helpers (e.g. tsx's __name) never reach the page.
    return (await page.evaluate(`(async () => {
      const content = performance.now();
      let fcp;
      for (let i = 0; i < 20 && (fcp === undefined || window.__headingPainted === undefined); i++) {
        fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        await new Promise((r) => requestAnimationFrame(r));
      }
      const requests = performance.getEntriesByType('resource').map((r) =>
        [r.startTime, r.responseStart, r.responseEnd, r.name.replace(location.origin, '')]);
      return { fcp: fcp ?? NaN, content, shown: window.__headingShown ?? NaN, painted: window.__headingPainted ?? NaN, requests };
    })()`)) as Visit;
  } finally {
    await context.close();
  }
}

/** The median of the measured values (NaN, not measured, left out; NaN if none was). */
const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};
const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);

interface Build {
  label: string;
  baseUrl: string;
  /** The slowest page's median, painted and as Playwright saw it. */
  worst: number;
  worstSeen: number;
}
const started: Array<{ stop(): Promise<void> }> = [];
const builds: Build[] = [];
const browser = await launchBrowser();
try {
  const current = await startBuiltAcademy({ NODE_ENV: 'production' });
  started.push(current);
  builds.push({ label: 'this build', baseUrl: current.academy.baseUrl, worst: 0, worstSeen: 0 });
  if (compareDist || compareApi) {
    const other = await startBuiltAcademy(
      { NODE_ENV: 'production', WEB_DIST_DIR: compareDist ?? resolve('apps/web/dist') },
      compareApi,
    );
    started.push(other);
    builds.push({
      label: `compare (${[compareDist, compareApi].filter(Boolean).join(', ')})`,
      baseUrl: other.academy.baseUrl,
      worst: 0,
      worstSeen: 0,
    });
  }
  // One visit first so the API's caches are warm, as they are for every visitor but the first.
  for (const b of builds) await visit(browser, `${b.baseUrl}/`, pages[0]!.heading);
  console.log(`First visit, empty browser cache, ${runs} runs per page (median; worst painted)`);
  console.log(
    `${'Page'.padEnd(16)} ${'build'.padEnd(12)} ${['FCP', 'shown', 'painted', 'content', 'worst'].map((h) => h.padStart(8)).join(' ')}`,
  );
  for (const p of pages) {
    const visits = builds.map((): Visit[] => []);
    for (let i = 0; i < runs; i++)
      for (const [j, b] of builds.entries())
        visits[j]!.push(await visit(browser, b.baseUrl + p.path, p.heading));
    for (const [j, b] of builds.entries()) {
      const of = (clock: keyof Omit<Visit, 'requests'>) => visits[j]!.map((v) => v[clock]);
      b.worst = Math.max(b.worst, median(of('painted')));
      b.worstSeen = Math.max(b.worstSeen, median(of('content')));
      const figures = [of('fcp'), of('shown'), of('painted'), of('content')].map(median);
      console.log(
        `${p.name.padEnd(16)} ${(j === 0 ? 'this' : 'compare').padEnd(12)} ${[...figures, Math.max(...of('painted'))].map(ms).join(' ')}`,
      );
    }
  }
  if (process.env.BENCH_WATERFALL) {
    for (const p of pages)
      for (const b of builds) {
        const v = await visit(browser, b.baseUrl + p.path, p.heading);
        console.log(
          `\n${p.name} (${b.label}): FCP ${ms(v.fcp)}, shown ${ms(v.shown)}, painted ${ms(v.painted)}`,
        );
        for (const [start, firstByte, end, path] of v.requests.sort((x, y) => x[0] - y[0]))
          console.log(`${ms(start)} ${ms(firstByte)} ${ms(end)}  ${path}`);
      }
  }
} finally {
  await browser.close();
  for (const s of started.reverse()) await s.stop();
}
for (const b of builds) {
  const verdict = Number.isNaN(b.worst)
    ? 'not measured'
    : `${b.worst <= TARGET_MS ? 'within' : 'over'} the ${TARGET_MS} ms target`;
  console.log(
    `\n${b.label}: slowest median time until the heading is painted ${Math.round(b.worst)} ms — ${verdict} (as Playwright saw it: ${Math.round(b.worstSeen)} ms).`,
  );
}
