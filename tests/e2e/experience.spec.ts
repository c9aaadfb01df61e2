import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';

/** Item 9–12 of issue 14: the phone menu, folding modules, the API-down page, the criteria library. */
let browser: Browser;
const baseUrl = inject('baseUrl');
const COURSE = `${baseUrl}/courses/circular-procurement-foundations`;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim());
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the experience of a learner', () => {
  it('folds the header links behind a menu button on a phone, usable with the keyboard', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    const courses = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: 'Courses',
      exact: true,
    });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await courses.isVisible()).toBe(false);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

    // Open with the keyboard; Tab walks into the menu; Escape closes it and returns focus.
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await courses.waitFor();
    const openScan = await seriousA11yViolations(page);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Home');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await courses.isVisible()).toBe(false);
    expect(await focusedText(page)).toBe('Menu');

    // Space opens it too; following a link closes it on the new page.
    await page.keyboard.press('Space');
    await courses.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await courses.isVisible()).toBe(false);
    await context.close();

    // On a wide screen the links show and the button does not.
    const wide = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    await wide.page.goto(`${baseUrl}/`);
    await wide.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await wide.page.getByRole('link', { name: 'Courses', exact: true }).isVisible()).toBe(
      true,
    );
    expect(await wide.page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await wide.context.close();
    expect(openScan).toEqual([]);
  });

  it('folds the modules of a course, one open, each opened and closed from its heading', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(COURSE);
    await page
      .getByRole('heading', { level: 1, name: 'Circular Procurement Foundations' })
      .waitFor();
    const toggles = page.locator('.module-outline__toggle');
    await toggles.first().waitFor();
    expect(await toggles.count()).toBe(14);
    expect(await toggles.first().getAttribute('aria-expanded')).toBe('true');
    const second = toggles.nth(1);
    expect(await second.getAttribute('aria-expanded')).toBe('false');
    const body = page.locator(`#${await second.getAttribute('aria-controls')}`);
    expect(await body.isVisible()).toBe(false);
    // The folded module still says how long it is.
    expect(await page.locator('.module-outline__meta').nth(1).textContent()).toMatch(
      /\d+ lessons, about \d+ minutes/,
    );

    await second.focus();
    await page.keyboard.press('Enter');
    expect(await second.getAttribute('aria-expanded')).toBe('true');
    await body.getByRole('link').first().waitFor();
    const scan = await seriousA11yViolations(page);
    await page.keyboard.press('Space');
    expect(await second.getAttribute('aria-expanded')).toBe('false');
    expect(await body.isVisible()).toBe(false);

    // On paper every module is open.
    await page.emulateMedia({ media: 'print' });
    expect(await body.isVisible()).toBe(true);
    expect(scan).toEqual([]);
    await context.close();
  });

  it('shows a translated page with Try again while the API cannot be reached', async () => {
    const { context, page } = await newPage(browser);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${baseUrl}/courses`);
    const heading = page.getByRole('heading', { level: 1, name: 'The academy cannot be reached' });
    await heading.waitFor();
    // The header and language choice stay usable.
    await page.getByRole('link', { name: 'Circular Procurement Academy' }).waitFor();
    expect(await page.getByLabel('Language').isVisible()).toBe(true);
    const downScan = await seriousA11yViolations(page);

    // Still down: the page says so and keeps focus on its heading.
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Still no answer.', { exact: false }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // Back up: Try again loads the page that was asked for.
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Circular Procurement Foundations' })
      .waitFor();
    expect(await heading.count()).toBe(0);
    await context.close();

    const german = await newPage(browser, { locale: 'de-DE' });
    await german.page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await german.page.goto(`${baseUrl}/criteria`);
    await german.page
      .getByRole('heading', { level: 1, name: 'Die Akademie ist nicht erreichbar' })
      .waitFor();
    await german.page.getByRole('button', { name: 'Erneut versuchen' }).waitFor();
    await german.context.close();
    expect(downScan).toEqual([]);
  });

  it('narrows the criteria library by product group and search, and copies a criterion', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/criteria`);
    await page.getByRole('heading', { level: 1, name: 'Circular criteria' }).waitFor();
    const groups = page.getByRole('navigation', { name: 'Product groups' });
    await groups.getByRole('link', { name: 'Office and school furniture' }).click();
    await page.waitForURL(/group=furniture/);
    await expect.poll(() => page.locator('section.criteria-set').count()).toBe(1);
    expect(
      await groups
        .getByRole('link', { name: 'Office and school furniture' })
        .getAttribute('aria-current'),
    ).toBe('page');

    await page
      .getByRole('searchbox', { name: 'Search criteria' })
      .fill('Reupholstering RESURFACING');
    await page.waitForURL(/q=Reupholstering/);
    await page.getByText('1 criterion matches').waitFor();
    const scan = await seriousA11yViolations(page);

    await page.getByRole('button', { name: 'Copy criterion' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Criterion copied to the clipboard.' })
      .waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^The tenderer shall demonstrate experience in refurbishing used furniture/,
    );
    expect(copied).toMatch(/\nVerification: A list of comparable contracts/);

    // Nothing found: an empty state instead of empty sections.
    await page.getByRole('searchbox', { name: 'Search criteria' }).fill('zzzz');
    await page.getByText('No criteria match').first().waitFor();
    expect(await page.locator('section.criteria-set').count()).toBe(0);

    // The printed page ends with its source and the date; the menu and buttons stay off paper.
    await page.goto(`${baseUrl}/criteria/furniture`);
    await page.getByRole('heading', { level: 1, name: 'Office and school furniture' }).waitFor();
    const footer = page.locator('.print-footer');
    expect(await footer.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await footer.isVisible()).toBe(true);
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    expect(await footer.textContent()).toContain(
      `Source: Circular Procurement Academy: Office and school furniture, ${baseUrl}/criteria/furniture`,
    );
    expect(await footer.textContent()).toContain(`Printed on ${today}`);
    expect(await page.getByRole('button', { name: 'Copy criterion' }).first().isVisible()).toBe(
      false,
    );
    expect(scan).toEqual([]);
    await context.close();
  });
});
