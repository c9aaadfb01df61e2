// An administrator connects a Learning Record Store (xAPI) and a learning platform (LTI) (issue 19).
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

describe('connecting a Learning Record Store', () => {
  it('adds, pauses and removes a store; the page passes axe', async () => {
    const { context, page } = await newPage(browser);
    const email = `xapi-admin-${Date.now()}@example.test`;
    await registerInBrowser(page, baseUrl, { name: 'Ada Records', email });
    await grantRole(email, 'admin');

    await page.goto(`${baseUrl}/admin/xapi`);
    await page
      .getByRole('heading', { level: 1, name: /Send learning records to a Learning Record Store/ })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Add a store' }).waitFor();
    await page.getByRole('button', { name: 'Add the store' }).click();
    await page.getByText('Secret is required.').first().waitFor();

    const name = `HR records ${Date.now()}`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('xAPI endpoint').fill('https://lrs.example.org/xapi/');
    await page.getByLabel('Key', { exact: true }).fill('academy');
    await page.getByLabel('Secret', { exact: true }).fill('a secret of the LRS');
    await page.getByRole('button', { name: 'Add the store' }).click();
    await page.getByRole('status').getByText('The store was added.').waitFor();
    await page.getByRole('rowheader', { name }).waitFor();
    expect(await page.content()).not.toContain('a secret of the LRS');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Pause sending to ${name}` }).click();
    await page.getByRole('status').getByText(`Sending to ${name} is paused.`).waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Remove the store ${name}` }).click();
    await page.getByRole('status').getByText(`The store ${name} was removed.`).waitFor();
    await context.close();
  });
});

describe('connecting a learning platform', () => {
  it('makes a Dynamic Registration link and checks the manual form; the page passes axe', async () => {
    const { context, page } = await newPage(browser);
    const email = `lti-admin-${Date.now()}@example.test`;
    await registerInBrowser(page, baseUrl, { name: 'Ada Platforms', email });
    await grantRole(email, 'admin');

    await page.goto(`${baseUrl}/admin/lti`);
    await page.getByRole('heading', { level: 2, name: /Dynamic Registration/ }).waitFor();
    await page.getByRole('button', { name: 'Create a registration link' }).click();
    await page.getByRole('status').getByText('A registration link was created.').waitFor();
    const link = await page.getByLabel('Registration link').inputValue();
    expect(link).toMatch(/\/lti\/register\/[A-Za-z0-9_-]{43}$/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The shared connection form: required fields are named, the access token URL is optional.
    await page.getByRole('button', { name: 'Register the platform' }).click();
    await page.getByText('Client ID is required.').first().waitFor();
    expect(await page.getByText('Access token URL is required.').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Opened without the platform's configuration URL, the link explains the problem.
    const opened = await page.goto(link);
    expect(opened?.status()).toBe(400);
    await page.getByText('MISSING_PARAMETER').waitFor();
    await context.close();
  });
});
