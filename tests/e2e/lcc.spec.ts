import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const LAAS = 'Light as a service (yearly fee)';
const MODULAR = 'Modular LED luminaires with buy-back (buy)';
const STANDARD = 'Standard LED luminaires (buy)';

/** The sentence above the results table that names the cheapest offer (updates as you type). */
const summary = (page: Page) => page.locator('.lcc-results__summary');

describe('life-cycle costing calculator', () => {
  it('loads the lighting example, re-ranks at 5 %, exports CSV and restores a shared link', async () => {
    const { context, page } = await newPage(browser);
    const scans: Record<string, string[]> = {};
    await page.goto(`${baseUrl}/lcc`);
    await page.getByRole('heading', { level: 1, name: 'Life-cycle costing calculator' }).waitFor();

    await page.getByLabel('Worked example from the course').selectOption('lighting-led-retrofit');
    await page.getByRole('button', { name: 'Load example' }).click();
    // The engine: at 3 % the modular LED offer is cheapest (€525,855), at 5 % light as a service (€463,951).
    await page.getByText(`Cheapest over 20 years at 3%: ${MODULAR}, €525,855.`).waitFor();
    expect(
      await page
        .getByLabel(/^Name of the offer/)
        .nth(2)
        .inputValue(),
    ).toBe(LAAS);
    scans.calculator = await seriousA11yViolations(page);

    // Every chart has a visible table alternative (bars, lines, tornado).
    const toggles = page.getByRole('button', { name: 'Show as table' });
    expect(await toggles.count()).toBe(3);
    await toggles.first().click();
    await page
      .getByRole('table', { name: 'Present value per cost category for each offer' })
      .waitFor();
    // The sensitivity table marks where the ranking switches (4.57 % for this scenario).
    await page
      .getByText(
        `At 4.57% the ranking changes from ${MODULAR} < ${LAAS} < ${STANDARD} to ${LAAS} < ${MODULAR} < ${STANDARD}.`,
      )
      .waitFor();

    await page.getByLabel(/^Real discount rate/).fill('5');
    await page.getByText(`Cheapest over 20 years at 5%: ${LAAS}, €463,951.`).waitFor();
    const rankRow = page.getByRole('row', { name: /^Rank/ });
    expect(await rankRow.getByRole('cell').allTextContents()).toEqual(['3', '2', '1 (cheapest)']);
    scans.results = await seriousA11yViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lcc-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(LAAS);
    expect(csv).toContain(MODULAR);
    expect(csv).toContain(`${STANDARD},standard-led,Life-cycle cost,`);
    // The file says what it assumed, with the rate as typed after loading the example.
    expect(csv.split('\r\n').slice(0, 6)).toEqual([
      '\uFEFFAssumptions',
      'Analysis period (years),20',
      'Real discount rate (% per year),5.00',
      'CO₂ shadow price (EUR per tonne CO₂),100.00',
      'Currency,EUR',
      '',
    ]);

    // Removing an offer can be undone from the toast.
    await page.getByRole('button', { name: `Remove ${STANDARD}` }).click();
    await page.getByText(`Offer removed: ${STANDARD}.`).waitFor();
    expect(await page.getByLabel(/^Name of the offer/).count()).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.getByLabel(/^Name of the offer/).count()).toBe(3);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.waitForURL(/\/lcc\?s=[A-Za-z0-9_-]+$/);
    const link = await page.getByLabel('Link to this scenario').inputValue();
    expect(link).toBe(page.url());

    const second = await context.newPage();
    await second.goto(link);
    await second.getByText(`Cheapest over 20 years at 5%: ${LAAS}, €463,951.`).waitFor();
    expect(await second.getByLabel(/^Real discount rate/).inputValue()).toBe('5');
    expect(
      await second
        .getByLabel(/^Name of the offer/)
        .nth(1)
        .inputValue(),
    ).toBe(MODULAR);

    expect(scans).toEqual({ calculator: [], results: [] });
    await context.close();
  });

  it('takes the new inputs, shows the tornado as a table and warns about a rate typed as a fraction', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseUrl}/lcc`);
    await page.getByLabel('Worked example from the course').selectOption('lighting-led-retrofit');
    await page.getByRole('button', { name: 'Load example' }).click();
    await page.getByText(`Cheapest over 20 years at 3%: ${MODULAR}, €525,855.`).waitFor();
    expect(await page.locator('.lcc-warnings li').count()).toBe(0);

    // The new inputs exist, labelled, per offer and for the scenario.
    expect(await page.getByLabel(/^Yearly change in maintenance/).count()).toBe(3);
    expect(await page.getByLabel(/^CO₂ emission factor/).count()).toBe(3);
    expect(await page.getByLabel(/^Service life/).count()).toBe(3);
    expect(await page.getByLabel(/^Revenue per year/).count()).toBe(3);
    await page.getByLabel(/^Yearly CO₂ price change/).fill('0');
    // Paying yearly costs in advance makes them weigh more; back at year end the figure returns.
    await page
      .getByLabel(/^Payment of yearly costs/)
      .selectOption({ label: 'At the start of each year (in advance)' });
    await expect.poll(() => summary(page).textContent()).not.toContain('€525,855');
    await page
      .getByLabel(/^Payment of yearly costs/)
      .selectOption({ label: 'At the end of each year' });
    await page.getByText(`Cheapest over 20 years at 3%: ${MODULAR}, €525,855.`).waitFor();

    // A real rate of 30 % is computed, but flagged, linked to its field, in the user's language.
    await page.getByLabel(/^Real discount rate/).fill('30');
    await summary(page)
      .getByText(/at 30%/)
      .waitFor();
    const warning = page
      .locator('.lcc-warnings')
      .getByRole('link', { name: /^Real discount rate: 30% per year is unusually high/ });
    await warning.waitFor();
    expect(await warning.getAttribute('href')).toBe('#lcc-discountRate');
    const scan = await seriousA11yViolations(page);

    // The tornado chart names its offer and has a table alternative.
    await page.getByLabel('Offer shown').selectOption({ label: LAAS });
    await page.getByRole('button', { name: 'Show as table' }).nth(2).click();
    const tornado = page.getByRole('table', {
      name: `How far the life-cycle cost of ${LAAS} moves at the ends of each range`,
    });
    await tornado.waitFor();
    expect(await tornado.getByRole('row', { name: /^Energy price/ }).count()).toBe(1);

    await page.getByLabel(/^Real discount rate/).fill('3');
    await page.getByText(`Cheapest over 20 years at 3%: ${MODULAR}, €525,855.`).waitFor();
    expect(await page.locator('.lcc-warnings li').count()).toBe(0);

    // Export as JSON and as a spreadsheet, start afresh, and load the JSON file back.
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download scenario (JSON)' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^lcc-scenario-\d{4}-\d{2}-\d{2}\.json$/);
    const jsonPath = await json.path();
    expect(JSON.parse(await readFile(jsonPath, 'utf8'))).toMatchObject({
      format: 'circular-procurement-academy/lcc-scenario',
      names: { 'light-as-a-service': LAAS },
    });
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download cost items (.xlsx)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip container

    await page.getByLabel('Worked example from the course').selectOption('');
    await page.getByRole('button', { name: 'Load example' }).click();
    await page.getByLabel('Load a scenario file').setInputFiles(jsonPath);
    await page.getByText('Scenario loaded from the file.').waitFor();
    await page.getByText(`Cheapest over 20 years at 3%: ${MODULAR}, €525,855.`).waitFor();
    expect(scan).toEqual([]);
    await context.close();
  });

  it('shows a warning in Dutch', async () => {
    const { context, page } = await newPage(browser, { locale: 'nl-NL' });
    await page.goto(`${baseUrl}/lcc`);
    await page
      .getByLabel('Uitgewerkt voorbeeld uit de cursus')
      .selectOption('lighting-led-retrofit');
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await summary(page)
      .getByText(/bij 3%/)
      .waitFor();
    await page.getByLabel(/^Reële discontovoet/).fill('30');
    await page
      .locator('.lcc-warnings')
      .getByText(/^Reële discontovoet: 30% per jaar is ongebruikelijk hoog/)
      .waitFor();
    await context.close();
  });

  it('reads Dutch number input and announces a field error', async () => {
    const { context, page } = await newPage(browser, { locale: 'nl-NL' });
    await page.goto(`${baseUrl}/lcc`);
    await page.getByRole('heading', { level: 1, name: 'Rekentool levenscycluskosten' }).waitFor();
    await page
      .getByLabel('Uitgewerkt voorbeeld uit de cursus')
      .selectOption('lighting-led-retrofit');
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await summary(page)
      .getByText(/bij 3%/)
      .waitFor();
    await page.getByLabel(/^Reële discontovoet/).fill('4,5 %');
    await summary(page)
      .getByText(/bij 4,5%/)
      .waitFor();
    await page
      .getByLabel(/^Energieprijs/)
      .first()
      .fill('veel');
    await page.getByText('Vul een getal in, bijvoorbeeld 1250,5').first().waitFor();
    const field = page.getByLabel(/^Energieprijs/).first();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.getByText('De resultaten verschijnen zodra alle velden geldig zijn.').count(),
    ).toBe(1);
    await context.close();
  });

  it('fits a phone, keeps the results beside the offers on a wide screen, and exports its assumptions in Dutch', async () => {
    const loadExample = async (page: Page) => {
      await page.goto(`${baseUrl}/lcc`);
      await page
        .getByLabel('Uitgewerkt voorbeeld uit de cursus')
        .selectOption('lighting-led-retrofit');
      await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
      await summary(page)
        .getByText(/bij 3%/)
        .waitFor();
    };
    const overflow = (page: Page) =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );

    // A phone: nothing scrolls sideways and the example picker fits the screen.
    const phone = await newPage(browser, {
      locale: 'nl-NL',
      viewport: { width: 390, height: 844 },
    });
    await loadExample(phone.page);
    expect(await overflow(phone.page)).toBeLessThanOrEqual(0);
    const picker = await phone.page.getByLabel('Uitgewerkt voorbeeld uit de cursus').boundingBox();
    expect(picker!.x).toBeGreaterThanOrEqual(0);
    expect(picker!.x + picker!.width).toBeLessThanOrEqual(390);
    const phoneScan = await seriousA11yViolations(phone.page);
    await phone.context.close();

    // A wide screen: the offers stand side by side and the summary stays in view while scrolling them.
    const { context, page } = await newPage(browser, {
      locale: 'nl-NL',
      viewport: { width: 1280, height: 800 },
    });
    await loadExample(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const offers = page.locator('.lcc-offer');
    const [first, second] = [await offers.nth(0).boundingBox(), await offers.nth(1).boundingBox()];
    expect(second!.y).toBe(first!.y);
    expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1);
    await page.getByRole('button', { name: 'Offerte toevoegen' }).scrollIntoViewIfNeeded();
    const inView = await summary(page).boundingBox();
    expect(inView!.y).toBeGreaterThanOrEqual(0);
    expect(inView!.y + inView!.height).toBeLessThanOrEqual(800);
    const wideScan = await seriousA11yViolations(page);

    // The CSV repeats period, rate, CO₂ price and currency, with Dutch decimal commas.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV downloaden' }).click(),
    ]);
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      '\uFEFFUitgangspunten',
      'Analyseperiode (jaar);20',
      'Reële discontovoet (% per jaar);3,00',
      'CO₂-schaduwprijs (EUR per ton CO₂);100,00',
      'Valuta;EUR',
      '',
    ]);
    expect({ phoneScan, wideScan }).toEqual({ phoneScan: [], wideScan: [] });
    await context.close();
  });

  it('runs the embedded calculator in a lesson', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseUrl}/learn/life-cycle-costing/discounting-and-present-value`);
    const embed = page.locator('.lcc-exercise .lcc-embed');
    await embed.getByRole('heading', { level: 3, name: /^Try it:/ }).waitFor();
    await embed.getByText(`Cheapest now: ${MODULAR}`).waitFor();
    // The lesson's formulas arrive as MathML (typeset at import), laid out by Chromium as fractions.
    const formulas = page.locator('.math-display math[display="block"]');
    expect(await formulas.count()).toBe(3);
    const fraction = formulas.first().locator('mfrac');
    const numeratorText = await fraction.locator('mtext').first().textContent();
    expect(numeratorText?.replace(/\s+/g, ' ').trim()).toBe('cost in year');
    const [numerator, denominator] = await fraction.evaluate((mfrac) =>
      [...mfrac.children].map((child) => child.getBoundingClientRect().top),
    );
    expect(denominator).toBeGreaterThan(numerator!);
    await embed.getByLabel(/^Real discount rate/).fill('5');
    await embed.getByText(`Cheapest now: ${LAAS}`).waitFor();
    const open = embed.getByRole('link', { name: 'Open in the full calculator' });
    expect(await open.getAttribute('href')).toMatch(/^\/lcc\?s=/);
    const scan = await seriousA11yViolations(page);

    await open.click();
    await page.getByRole('heading', { level: 1, name: 'Life-cycle costing calculator' }).waitFor();
    await page.getByText(`Cheapest over 20 years at 5%: ${LAAS}, €463,951.`).waitFor();

    // A lesson with two exercises gets two calculators; the vehicle exercise says its method is undiscounted.
    await page.goto(`${baseUrl}/learn/life-cycle-costing/lcc-in-the-tender`);
    await expect
      .poll(() =>
        page
          .locator('.lcc-exercise')
          .getByText(/^Cheapest now:/)
          .count(),
      )
      .toBe(2);
    await page.goto(`${baseUrl}/learn/life-cycle-costing/clean-vehicles-method`);
    const vans = page.locator('.lcc-exercise .lcc-embed');
    await vans.getByText(/^Cheapest now:/).waitFor();
    await vans.getByText(/counts lifetime energy and emission costs undiscounted/).waitFor();
    const vehicleScan = await seriousA11yViolations(page);

    expect({ scan, vehicleScan }).toEqual({ scan: [], vehicleScan: [] });
    await context.close();
  });
});
