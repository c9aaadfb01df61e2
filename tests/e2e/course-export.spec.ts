// An administrator exports a course as IMS Common Cartridge from the admin page (issue 19).
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { grantRole } from '../support/database.js';
import { registerInBrowser } from '../support/register.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('exporting a course for another learning platform', () => {
  it('downloads a Common Cartridge in the chosen language; the page passes axe', async () => {
    const { context, page } = await newPage(browser);
    const email = `export-admin-${Date.now()}@example.test`;
    await registerInBrowser(page, baseUrl, { name: 'Ada Exporter', email });
    await grantRole(email, 'admin');

    await page.goto(`${baseUrl}/admin/export`);
    await page
      .getByRole('heading', { level: 1, name: 'Export a course for another learning platform' })
      .waitFor();
    await page.getByLabel('Course').locator('option').first().waitFor({ state: 'attached' });
    await page.getByLabel('Language of the course').selectOption('nl');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the course (.imscc)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-nl\.imscc$/);
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain('<schemaversion>1.3.0</schemaversion>');
    expect(manifest).toContain('language="nl"');
    for (const [, href] of manifest.matchAll(/<file href="([^"]+)"/g))
      expect(files[href!], href).toBeDefined();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
