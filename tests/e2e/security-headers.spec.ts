import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.js';
import { acceptPrivacyNotice } from '../support/privacy-notice.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Records every CSP violation the page reports, as events and as console messages. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) messages.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
}

async function visit(page: Page, path: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** Follows the first link whose href starts with `prefix`, if the page has one. */
async function follow(page: Page, prefix: string): Promise<string | null> {
  const href = await page
    .locator(`a[href^="${prefix}"]`)
    .first()
    .getAttribute('href', { timeout: 5000 })
    .catch(() => null);
  if (href) await visit(page, href);
  return href;
}

describe('the web app under its Content-Security-Policy', () => {
  it('is served with the strict policy and walks its pages without a single violation', async () => {
    const { context, page } = await newPage(browser);
    const violations = await watchCsp(page);
    const found: Record<string, string[]> = {};

    const home = await page.goto(`${baseUrl}/`);
    const csp = home?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(home?.headers()['x-content-type-options']).toBe('nosniff');
    await page.locator('h1').first().waitFor();
    found.home = await violations();

    for (const path of [
      '/courses',
      '/practices',
      '/criteria',
      '/lcc',
      '/verify',
      '/sign-in',
      '/register',
      '/no-such-page',
    ]) {
      await visit(page, path);
      found[path] = await violations();
    }
    await visit(page, '/practices');
    if (await follow(page, '/practices/')) found.practice = await violations();
    await visit(page, '/criteria');
    if (await follow(page, '/criteria/')) found.criteriaSet = await violations();

    // Signed in: the dashboard, a course and one of its lessons.
    await visit(page, '/register');
    await page.getByLabel('Your name').fill('Cecilia Policy');
    await page.getByLabel('Email address').fill(`csp-${Date.now()}@example.test`);
    await page.getByLabel('Password').fill('a long e2e password');
    await acceptPrivacyNotice(page);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Welcome to the academy, Cecilia Policy.', { exact: false }).waitFor();
    found.signedIn = await violations();
    await visit(page, '/courses');
    if (await follow(page, '/courses/')) {
      found.course = await violations();
      if (await follow(page, '/learn/')) found.lesson = await violations();
    }
    await visit(page, '/dashboard');
    found.dashboard = await violations();

    expect(Object.keys(found)).toEqual(
      expect.arrayContaining(['practice', 'criteriaSet', 'course', 'lesson', 'dashboard']),
    );
    expect(Object.entries(found).filter(([, v]) => v.length)).toEqual([]);
    await context.close();
  });
});
