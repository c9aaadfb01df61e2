import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { grantRole } from '../support/database.js';
import { message, interfaceMessages } from '../support/messages.js';
import { acceptPrivacyNotice, NOTICE_VERSION } from '../support/privacy-notice.js';
import { query } from '../support/small-course.js';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the privacy notice and the record of processing in the browser', () => {
  it('shows the notice from the footer, asks for consent at registration, and lists processing for admins', async () => {
    const { context, page } = await newPage(browser);
    const scans: Record<string, string[]> = {};

    await page.goto(`${baseUrl}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    await page.getByText('The controller of your personal data is').waitFor();
    const table = page.getByRole('table', { name: 'Personal data the academy processes' });
    expect(await table.getByRole('row').count()).toBeGreaterThan(5);
    // The operator's retention periods are inserted into the translated wording.
    await page.getByText('After 1095 days without signing in', { exact: false }).waitFor();
    expect(await page.getByText(`Version of this notice: ${NOTICE_VERSION}`).count()).toBe(1);
    scans.notice = await seriousA11yViolations(page);

    // Registering without ticking the box is refused, with the error tied to the box.
    const email = `notice-${Date.now()}@example.test`;
    await page.goto(`${baseUrl}/register`);
    await page
      .getByRole('link', { name: 'Read the privacy notice (opens in a new tab)' })
      .waitFor();
    await page.getByLabel('Your name').fill('Nadia Notice');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('a long e2e password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').waitFor();
    const box = page.getByLabel('I have read the privacy notice and accept it');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    scans.registerRefused = await seriousA11yViolations(page);
    await acceptPrivacyNotice(page);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Welcome to the academy, Nadia Notice.').waitFor();
    const [row] = await query<{ v: string; at: Date | null }>(
      `SELECT privacy_notice_version AS v, privacy_accepted_at AS at FROM users WHERE email_key = $1`,
      [email],
    );
    expect(row).toMatchObject({ v: NOTICE_VERSION, at: expect.any(Date) });

    // Admins see the record of processing activities, driven by the same settings.
    await page.goto(`${baseUrl}/admin/processing`);
    await page.getByText('Only administrators can see the record', { exact: false }).waitFor();
    await grantRole(email, 'admin');
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Processing' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Record of processing activities' })
      .waitFor();
    const records = page.getByRole('table', { name: 'Processing activities' });
    await records.getByRole('cell', { name: 'audit_log' }).waitFor();
    expect(await records.getByText('1125 days').count()).toBeGreaterThan(0);
    scans.records = await seriousA11yViolations(page);

    // The notice in another interface language.
    const nl = interfaceMessages('nl');
    await context.close();
    const dutch = await newPage(browser, { locale: 'nl-NL' });
    await dutch.page.goto(`${baseUrl}/privacy`);
    await dutch.page
      .getByRole('heading', { level: 1, name: message(nl, 'privacy.notice.title') })
      .waitFor();
    await dutch.page.getByText('Na 1095 dagen zonder aanmelding', { exact: false }).waitFor();
    scans.noticeDutch = await seriousA11yViolations(dutch.page);
    await dutch.context.close();

    expect(scans).toEqual({ notice: [], registerRefused: [], records: [], noticeDutch: [] });
  });
});
