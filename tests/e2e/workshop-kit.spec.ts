import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, seriousA11yViolations } from '../support/browser.js';
import { grantRole } from '../support/database.js';
import { registerInBrowser } from '../support/register.js';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'kit-e2e-'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function download(page: Page, testId: string, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

const current = (page: Page) => page.locator('#current').textContent();

describe('the workshop kit in the browser', () => {
  it('lets a host download a slide deck and a card PDF in the chosen language, and the deck runs on the keyboard', async () => {
    const stamp = Date.now();
    const email = `kit-host-${stamp}@example.test`;
    const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    await registerInBrowser(page, baseUrl, { name: 'Kit Host', email });
    await grantRole(email, 'host');

    await page.goto(`${baseUrl}/host/cohorts`);
    await page.getByLabel('Name of the cohort').fill('Kit cohort');
    await page
      .getByLabel('Course', { exact: true })
      .selectOption({ label: 'Circular Procurement Foundations' });
    await page.getByLabel('First day').fill('2030-01-01');
    await page.getByLabel('Last day').fill('2030-02-01');
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kit cohort' }).waitFor();

    await page.getByRole('tab', { name: 'Workshop kit' }).click();
    await page.getByRole('heading', { level: 2, name: 'Workshop kit' }).waitFor();
    const language = page.getByLabel('Language of the kit');
    expect(await language.inputValue()).toBe('en');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await language.selectOption('nl');

    const deckPath = await download(page, 'kit-slides-why-circular', 'deck.html');
    const html = readFileSync(deckPath, 'utf8');
    expect(html).toContain('<html lang="nl">');
    const pdfPath = await download(page, 'kit-cards-why-circular', 'cards.pdf');
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('R-ladder');
    expect(text).toContain('Refurbish');

    // The deck, opened as a host would open the downloaded file, follows the keyboard.
    const deck = await context.newPage();
    await deck.goto(`file://${deckPath}`);
    const total = Number(await deck.locator('#total').textContent());
    expect(total).toBeGreaterThan(5);
    expect(await current(deck)).toBe('1');
    await deck.keyboard.press('ArrowRight');
    expect(await current(deck)).toBe('2');
    await deck.keyboard.press('Space');
    expect(await current(deck)).toBe('3');
    await deck.keyboard.press('PageUp');
    expect(await current(deck)).toBe('2');
    await deck.keyboard.press('End');
    expect(await current(deck)).toBe(String(total));
    expect(await deck.locator('.slide:not([hidden])').count()).toBe(1);
    await deck.keyboard.press('ArrowRight');
    expect(await current(deck)).toBe(String(total));
    await deck.keyboard.press('Home');
    expect(await current(deck)).toBe('1');
    await deck.keyboard.press('PageDown');
    expect(await current(deck)).toBe('2');
    expect(await deck.locator('.slide:not([hidden]) h2').first().isVisible()).toBe(true);
    await context.close();
  });
});
