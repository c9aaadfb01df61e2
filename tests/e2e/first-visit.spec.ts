import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.js';
import { registerInBrowser } from '../support/register.js';

// Issue 14, item 14 (docs/decisions/0026): the HTML the API sends for a page names that page's
// chunks, styles and strings, and says when nobody can be signed in, so a first visit neither
// waits for the shell to run before fetching the page's code nor asks the API who is signed in.
let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens `path` and notes the GraphQL operations the page sends, by name. */
async function open(page: Page, path: string, heading: string) {
  const operations: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.method() === 'POST')
      operations.push((r.postDataJSON() as { operationName?: string }).operationName ?? '?');
  });
  const response = await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForLoadState('networkidle');
  return { html: (await response!.text()) as string, operations };
}
const preloadsIn = (html: string) =>
  new Set(
    [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]* href="([^"]+)">/g)].map(
      (m) => m[1]!,
    ),
  );

describe('a first visit', () => {
  it('names every chunk and style the page loads in its HTML, in the visitor’s language', async () => {
    for (const [locale, path, heading] of [
      ['en-GB', '/learn/why-circular/linear-vs-circular', 'Linear versus circular'],
      ['de-DE', '/courses', 'Kurse'],
    ] as const) {
      const { context, page } = await newPage(browser, { locale });
      try {
        const { html } = await open(page, path, heading);
        const named = preloadsIn(html);
        const shell = new Set(
          [...html.matchAll(/(?:src|href)="(\/assets\/index-[^"]+)"/g)].map((m) => m[1]!),
        );
        const loaded = (await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((r) => new URL(r.name).pathname)
            .filter((p) => p.startsWith('/assets/')),
        )) as string[];
        expect(named.size).toBeGreaterThan(2);
        // Everything the page needed was named up front (the shell is in the HTML anyway).
        expect(loaded.filter((p) => !shell.has(p) && !named.has(p))).toEqual([]);
        // And nothing named was left unused.
        expect([...named].filter((p) => !loaded.includes(p))).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('does not ask who is signed in without a session cookie, and does once there is one', async () => {
    const { context, page } = await newPage(browser);
    try {
      const anonymous = await open(page, '/practices', 'Good practices');
      expect(anonymous.operations).not.toContain('Me');
      expect(anonymous.operations.length).toBeGreaterThan(0);

      await registerInBrowser(page, baseUrl, {
        name: 'Ilse Ω Kowalczyk',
        email: `first-visit-${Date.now()}@example.test`,
      });
      const again = await context.newPage();
      const signedIn = await open(again, '/practices', 'Good practices');
      expect(signedIn.operations).toContain('Me');
      await again.getByRole('button', { name: 'Sign out' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
