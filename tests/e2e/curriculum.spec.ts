import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { grantRole } from '../support/database.js';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { acceptPrivacyNotice } from '../support/privacy-notice.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The number in the live results count ("12 good practices found"). */
async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('.results-count').textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? 0);
}

async function register(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl}/register`);
  await page.getByLabel('Your name').fill('Erik Editor');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('a long e2e password');
  await acceptPrivacyNotice(page);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('Welcome to the academy, Erik Editor.', { exact: false }).waitFor();
}

/**
 * Grants a role directly in the e2e academy's database. Global setup provides only the server
 * URL, so find the database (named academy_e2e_<random>) that holds this user.
 */

describe('curriculum pages in the browser', () => {
  it('reads a course: catalogue, course page, lessons, the Dutch interface', async () => {
    const { context, page } = await newPage(browser);
    const scans: Record<string, string[]> = {};

    await page.goto(`${baseUrl}/`);
    await page
      .getByRole('heading', { level: 3, name: 'Circular Procurement Foundations' })
      .waitFor();
    scans.home = await seriousA11yViolations(page);

    await page.getByRole('link', { name: 'Courses', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Circular Procurement Foundations' })
      .waitFor();
    scans.courses = await seriousA11yViolations(page);

    await page.getByRole('link', { name: 'Circular Procurement Foundations' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Circular Procurement Foundations' })
      .waitFor();
    await page.locator('.module-outline').first().waitFor();
    expect(await page.locator('.module-outline').count()).toBe(14);
    await page
      .getByText(/questions per attempt; you pass with \d+% of the points/)
      .first()
      .waitFor();
    scans.course = await seriousA11yViolations(page);

    await page.getByRole('link', { name: 'Linear versus circular' }).click();
    await page.getByRole('heading', { level: 1, name: 'Linear versus circular' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const toc = page.getByRole('navigation', { name: /Lessons of the module/ });
    expect(await toc.locator('[aria-current="page"]').textContent()).toContain(
      'Linear versus circular',
    );
    expect(await page.getByRole('heading', { level: 2, name: 'Sources' }).count()).toBe(1);
    scans.lesson = await seriousA11yViolations(page);

    await page.getByRole('link', { name: /Next lesson:/ }).click();
    await page
      .getByRole('heading', { level: 1, name: 'The buying power of public bodies' })
      .waitFor();
    expect(page.url()).toContain('/learn/why-circular/public-buying-power');

    await page.getByLabel('Language').selectOption('nl');
    await page
      .getByRole('heading', { level: 1, name: 'De inkoopkracht van de overheid' })
      .waitFor();
    expect(await page.getByRole('link', { name: /Vorige les:/ }).count()).toBe(1);
    scans.lessonNl = await seriousA11yViolations(page);

    expect(scans).toEqual({ home: [], courses: [], course: [], lesson: [], lessonNl: [] });
    await context.close();
  });

  it('makes the academy blocks in lesson text usable: callout labels, term definitions, exercise placeholder', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseUrl}/learn/circular-criteria/criteria-types-and-levels`);
    await page
      .getByRole('heading', { level: 1, name: 'Types of criteria and levels of ambition' })
      .waitFor();
    await page.getByRole('complementary', { name: /^Tip/ }).waitFor();
    expect(await page.locator('aside.callout .callout-label').allTextContents()).toEqual(
      expect.arrayContaining(['Example', 'Tip', 'Task']),
    );

    // A term is a button: Enter shows its definition, Escape hides it again.
    const term = page.locator('button.term-button').first();
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    await term.focus();
    await page.keyboard.press('Enter');
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    const definition = page.locator(`#${await term.getAttribute('aria-controls')}`);
    expect(await definition.isVisible()).toBe(true);
    expect(((await definition.textContent()) ?? '').length).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    expect(await definition.isVisible()).toBe(false);
    const lessonScan = await seriousA11yViolations(page);

    await page.goto(`${baseUrl}/learn/life-cycle-costing/lcc-in-the-tender`);
    await page
      .locator('.lcc-exercise')
      .getByRole('heading', { level: 3, name: /^Try it:/ })
      .first()
      .waitFor();
    await page.getByRole('complementary', { name: /^Watch out/ }).waitFor();
    expect(lessonScan).toEqual([]);
    await context.close();
  });

  it('searches and filters good practices with the filters in the URL, and prints a criteria set', async () => {
    const { context, page } = await newPage(browser);
    const scans: Record<string, string[]> = {};

    await page.goto(`${baseUrl}/practices`);
    await page.getByRole('heading', { level: 1, name: 'Good practices' }).waitFor();
    await page.getByText(/\d+ good practices found/).waitFor();
    const all = await resultCount(page);
    expect(all).toBeGreaterThan(5);
    scans.practices = await seriousA11yViolations(page);

    await page.getByRole('searchbox', { name: 'Search' }).fill('furniture');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=furniture/);
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    expect(await resultCount(page)).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => resultCount(page)).toBe(all);
    await page.getByLabel('Product group').selectOption('textiles');
    await page.waitForURL(/group=textiles/);
    await expect.poll(() => resultCount(page)).toBe(1);
    // Back undoes the filter, as the filters live in the URL.
    await page.goBack();
    await expect.poll(() => resultCount(page)).toBe(all);
    await page.goForward();
    await expect.poll(() => resultCount(page)).toBe(1);

    await page
      .getByRole('link', { name: 'Towels and overalls made with recycled textile fibres' })
      .click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Towels and overalls made with recycled textile fibres',
      })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Lessons learned' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sources' }).waitFor();
    scans.practice = await seriousA11yViolations(page);

    await page.getByRole('link', { name: 'Criteria', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Circular criteria' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Office and school furniture' }).waitFor();
    const before = await resultCount(page);
    await page.getByLabel('Ambition level').selectOption('ambitious');
    await expect.poll(() => resultCount(page)).toBeLessThan(before);
    scans.criteria = await seriousA11yViolations(page);

    await page.getByRole('link', { name: 'Printable view of Office and school furniture' }).click();
    await page.getByRole('heading', { level: 1, name: 'Office and school furniture' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Technical specifications' }).waitFor();
    expect(await page.getByRole('button', { name: 'Print' }).count()).toBe(1);
    scans.criteriaSet = await seriousA11yViolations(page);

    expect(scans).toEqual({ practices: [], practice: [], criteria: [], criteriaSet: [] });
    await context.close();
  });

  it('shows translation status only to editors, who can download XLIFF', async () => {
    const { context, page } = await newPage(browser);
    const email = `editor-${Date.now()}@example.test`;
    await register(page, email);
    expect(await page.getByRole('link', { name: 'Translations' }).count()).toBe(0);
    await page.goto(`${baseUrl}/editor/translations`);
    await page
      .getByText('Only curriculum editors and administrators can see the translation status.')
      .waitFor();
    const refused = await seriousA11yViolations(page);

    await grantRole(email, 'editor');
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Translations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Translation status' }).waitFor();
    const grid = page.getByRole('table', { name: /Translation status of every curriculum item/ });
    await grid.waitFor();
    expect(await grid.locator('tbody tr').count()).toBeGreaterThan(10);
    const scan = await seriousA11yViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download XLIFF \(Dutch\)/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('nl.xlf');
    await page.getByText('nl.xlf has been downloaded.').waitFor();

    expect({ refused, scan }).toEqual({ refused: [], scan: [] });
    await context.close();
  });
});
