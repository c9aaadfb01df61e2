import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';

// Issue 20: the calculator's newer inputs (pollutants, CO2 price table, per-offer payment timing),
// its warnings, the Monte Carlo view and the .xlsx round trip, on the lighting example.
let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const MODULAR = 'Modular LED luminaires with buy-back (buy)';
const cheapestAt3 = `Cheapest over 20 years at 3%: ${MODULAR}, €525,855.`;
const summary = (page: Page) => page.locator('.lcc-results__summary');
const totals = (page: Page) =>
  page
    .getByRole('row', { name: /^Life-cycle cost/ })
    .getByRole('cell')
    .allTextContents();

async function loadLighting(page: Page) {
  await page.goto(`${baseUrl}/lcc`);
  await page.getByLabel('Worked example from the course').selectOption('lighting-led-retrofit');
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByText(cheapestAt3).waitFor();
}

describe('life-cycle costing calculator: issue 20 inputs', () => {
  it('prices pollutants, takes a CO2 price table and per-offer timing, and round-trips them through .xlsx', async () => {
    const { page } = await newPage(browser);
    await loadLighting(page);
    // Equivalent annual cost = total / annuity factor (3 %, 20 years = 14.877475).
    expect(
      await page
        .getByRole('row', { name: /^Equivalent annual cost/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['€39,995', '€35,346', '€37,464']);

    // 20 kg NOx a year at 10 a kg for the standard LED: 200 × 14.877475 = 2975.50 more.
    await page
      .locator('summary', { hasText: 'Other pollutants (NOx, SO₂, NMHC, particulates)' })
      .click();
    await page.getByLabel(/^NOx price/).fill('10');
    await page
      .getByLabel(/^NOx emissions per year/)
      .first()
      .fill('20');
    await expect.poll(() => totals(page)).toEqual(['€598,001', '€525,855', '€557,373']);
    await page.locator('summary', { hasText: 'Show how it was calculated' }).click();
    await page.getByText(/^Cost of other pollutants per year — .*: 20 × 10 = 200$/).waitFor();

    // A CO2 price table must have one price per year; twenty times 100 equals the flat price.
    await page.locator('summary', { hasText: 'CO₂ price per year (table)' }).click();
    const table = page.getByLabel(/^CO₂ price for each year/);
    await table.fill('100; 110');
    await page.getByText('Enter one price for each year 1 to 20').first().waitFor();
    expect(await table.getAttribute('aria-invalid')).toBe('true');
    await table.fill(Array.from({ length: 20 }, () => '100').join('; '));
    await page.getByText(cheapestAt3).waitFor();

    // Light as a service pays its fee in advance: 557,373 → 574,094.
    await page
      .getByLabel(/^Payment of this offer’s yearly costs/)
      .nth(2)
      .selectOption({ label: 'At the start of each year (in advance)' });
    await expect.poll(() => totals(page)).toEqual(['€598,001', '€525,855', '€574,094']);
    // A one-off revenue of 10,000 in year 20 for the standard LED: 10,000 / 1.03^20 = 5,536.76 less.
    await page.getByRole('button', { name: 'Add a one-off revenue' }).first().click();
    await page.getByLabel(/^Year of one-off revenue 1/).fill('20');
    await page.getByLabel(/^Amount of one-off revenue 1/).fill('10000');
    await expect.poll(() => totals(page)).toEqual(['€592,465', '€525,855', '€574,094']);
    const scan = await seriousA11yViolations(page);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download cost items (.xlsx)' }).click(),
    ]);
    const xlsxPath = await xlsx.path();
    await page.getByLabel('Worked example from the course').selectOption('');
    await page.getByRole('button', { name: 'Load example' }).click();
    await expect.poll(() => page.getByLabel(/^Name of the offer/).count()).toBe(2);
    await page.getByLabel('Load a scenario file').setInputFiles(xlsxPath);
    await page.getByText('Scenario loaded from the file.').waitFor();
    await expect.poll(() => totals(page)).toEqual(['€592,465', '€525,855', '€574,094']);
    expect(
      await page
        .getByLabel(/^Payment of this offer’s yearly costs/)
        .nth(2)
        .inputValue(),
    ).toBe('start');
    expect((await readFile(xlsxPath)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(scan).toEqual([]);
    await page.context().close();
  });

  it('warns about a fraction typed as a percentage, a non-ISO currency and undiscounted vehicle costs', async () => {
    const { page } = await newPage(browser);
    await loadLighting(page);
    // 0.03 typed in a field in per cent is 0.03 %.
    await page.getByLabel(/^Real discount rate/).fill('0.03');
    await page
      .locator('.lcc-warnings')
      .getByRole('link', { name: /^Real discount rate: 0\.03% per year is unusually low/ })
      .waitFor();

    const file = {
      format: 'circular-procurement-academy/lcc-scenario',
      version: 1,
      names: { van: 'Electric van', depot: 'Depot charger' },
      scenario: {
        currency: 'XYZ',
        periodYears: 8,
        discountRate: 0.03,
        cleanVehicles: {
          energyPricePerMJ: 0.03,
          co2PricePerKg: 0.04,
          noxPricePerG: 0.0044,
          nmhcPricePerG: 0.001,
          particulatesPricePerG: 0.087,
        },
        offers: [
          {
            id: 'van',
            acquisition: { purchase: 40000 },
            vehicle: { category: 'N1', fuel: 'electricity', consumptionPer100Km: 20 },
          },
          { id: 'depot', acquisition: { purchase: 30000 }, yearly: { maintenance: 500 } },
        ],
      },
    };
    await page.getByLabel('Load a scenario file').setInputFiles({
      name: 'vans.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const warnings = page.locator('.lcc-warnings');
    await warnings.getByText('XYZ is not an ISO 4217 currency code.').waitFor();
    await warnings
      .getByText(/^The vehicles' energy and emission costs are not discounted/)
      .waitFor();
    expect(await warnings.locator('li').count()).toBe(2);

    // The 2009 Annex's energy price: diesel 1.40 / 36 = 0.038889 is below petrol 1.30 / 32 = 0.040625.
    await page.getByLabel(/^Petrol price/).fill('1.30');
    await page.getByLabel(/^Diesel price/).fill('1.40');
    await page.getByRole('button', { name: 'Use the lower price per MJ' }).click();
    await page.getByText('Energy price set from Diesel: 0.038889 XYZ per MJ.').waitFor();
    expect(await page.locator('#lcc-cleanVehicles-energyPricePerMJ').inputValue()).toBe('0.038889');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('runs a seeded Monte Carlo that repeats its figures, and fits a 360 px phone with every group open', async () => {
    const { page } = await newPage(browser, { viewport: { width: 360, height: 800 } });
    await loadLighting(page);
    await page
      .locator('summary', { hasText: 'Other pollutants (NOx, SO₂, NMHC, particulates)' })
      .click();
    await page.locator('summary', { hasText: 'CO₂ price per year (table)' }).click();
    await page.locator('summary', { hasText: 'Monte Carlo simulation' }).click();
    await page.getByRole('textbox', { name: /^Discount rate from/ }).fill('1');
    await page.getByRole('textbox', { name: /^Discount rate to/ }).fill('5');
    await page.getByLabel('Number of draws').fill('2000');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    const mc = page.getByRole('table', {
      name: 'Life-cycle cost over 2,000 draws (seed 1), in EUR',
    });
    await mc.waitFor();
    expect(await mc.getByRole('row').count()).toBe(4);
    // The last column: the share of draws in which the offer is cheapest.
    const shares = async () =>
      (await mc.locator('tbody tr td:last-child').allTextContents()).map((x) =>
        Number(x.replace('%', '')),
      );
    const first = await mc.textContent();
    const firstShares = await shares();
    // The shares add up to 100 % (each draw has one cheapest offer).
    expect(firstShares.reduce((s, x) => s + x, 0)).toBeCloseTo(100, 0);
    await page.getByRole('button', { name: 'Run simulation' }).click();
    expect(await mc.textContent()).toBe(first);

    // A reversed range is refused at its field.
    await page.getByRole('textbox', { name: /^Energy price to/ }).fill('-30');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByText('Must not be lower than the start of the range').waitFor();

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
