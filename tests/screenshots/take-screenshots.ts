// `npm run screenshots` (after `npm run build`): full-page PNGs of the main pages at 1280 and
// 390 px for reviewing the look (issue 14). It starts the built academy on a fresh database (the
// browser tests' server and Chromium), signs up a learner who enrols and reads a lesson, and saves
// the pages to screenshots/desktop-1280/ and screenshots/phone-390/ (git-ignored).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startBuiltAcademy } from '../support/built-academy.js';
import { registerInBrowser } from '../support/register.js';

const COURSE = '/courses/circular-procurement-foundations';
const widths = [
  { dir: 'desktop-1280', viewport: { width: 1280, height: 800 } },
  { dir: 'phone-390', viewport: { width: 390, height: 844 } },
] as const;

/** Pages anyone can open, each shown once its first-level heading is there. */
const publicPages: ReadonlyArray<[name: string, path: string]> = [
  ['home', '/'],
  ['catalogue', '/courses'],
  ['course', COURSE],
  ['practices', '/practices'],
  ['criteria', '/criteria'],
  ['calculator', '/lcc'],
];

const outRoot = resolve(process.env.SCREENSHOTS_DIR ?? 'screenshots');

async function shoot(page: Page, dir: string, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Skeletons give way to content; fonts and images settle.
  await page.waitForLoadState('networkidle');
  const file = join(outRoot, dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function shootWidth(
  context: BrowserContext,
  baseUrl: string,
  dir: string,
  phone: boolean,
): Promise<void> {
  mkdirSync(join(outRoot, dir), { recursive: true });
  const page = await context.newPage();
  for (const [name, path] of publicPages) {
    await page.goto(`${baseUrl}${path}`);
    await shoot(page, dir, name);
  }

  await registerInBrowser(page, baseUrl, {
    name: 'Saskia Screenshot',
    email: `screenshots-${dir}-${Date.now()}@example.test`,
  });
  await page.goto(`${baseUrl}${COURSE}`);
  await page.getByRole('button', { name: 'Enrol' }).click();
  await page.getByRole('heading', { level: 2, name: 'Your progress' }).waitFor();
  await shoot(page, dir, 'course-enrolled');

  await page.getByRole('link', { name: 'Start the course', exact: true }).click();
  await page.locator('.lesson-end').waitFor();
  await page.locator('.lesson-end').scrollIntoViewIfNeeded();
  await page.getByText('You have finished this lesson.').waitFor();
  await shoot(page, dir, 'lesson');

  for (const [name, path] of [
    ['dashboard', '/dashboard'],
    ['account', '/account'],
  ] as const) {
    await page.goto(`${baseUrl}${path}`);
    await shoot(page, dir, name);
  }

  if (phone) {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().waitFor();
    await shoot(page, dir, 'menu');
  }

  // The page a learner sees when the API cannot be reached.
  await page.route('**/graphql', (route) => route.abort('connectionrefused'));
  await page.goto(`${baseUrl}/courses`);
  await shoot(page, dir, 'api-unavailable');
  await page.close();
}

const { academy, stop } = await startBuiltAcademy({ REGISTRATIONS_PER_HOUR: '100' });
const browser = await launchBrowser();
try {
  for (const { dir, viewport } of widths) {
    const context = await browser.newContext({ locale: 'en-GB', viewport });
    await shootWidth(context, academy.baseUrl, dir, viewport.width < 600);
    await context.close();
  }
} finally {
  await browser.close();
  await stop();
}
