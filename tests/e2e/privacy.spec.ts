import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { completeCourse } from '../support/complete-course.js';
import { importSmallCourse, query } from '../support/small-course.js';
import { acceptPrivacyNotice } from '../support/privacy-notice.js';

const baseUrl = inject('baseUrl');
const NAME = 'Pieter Privacy';
const PASSWORD = 'a long e2e password';

let browser: Browser;
let releaseId: string;
let cleanup: (() => void) | undefined;

async function register(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl}/register`);
  await page.getByLabel('Your name').fill(NAME);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await acceptPrivacyNotice(page);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(`Welcome to the academy, ${NAME}.`).waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ releaseId, cleanup } = await importSmallCourse('privacy'));
});
afterAll(async () => {
  await browser?.close();
  cleanup?.();
});

describe('personal data in the browser', () => {
  it('downloads my data and deletes my account; the pages pass axe', async () => {
    const scans: Record<string, string[]> = {};
    const email = `privacy-${Date.now()}@example.test`;
    const { context, page } = await newPage(browser);
    await register(page, email);
    await completeCourse(context.request, releaseId);
    // Certificates are issued by a background job after completion.
    await expect
      .poll(
        async () =>
          (
            await query<{ n: number }>(
              `SELECT count(*)::int AS n FROM certificates c JOIN users u ON u.id = c.user_id WHERE u.email_key = $1`,
              [email],
            )
          )[0]!.n,
        { timeout: 15_000 },
      )
      .toBe(1);
    const [certificate] = await query<{ id: string }>(
      `SELECT c.id FROM certificates c JOIN users u ON u.id = c.user_id WHERE u.email_key = $1`,
      [email],
    );
    const certificateId = certificate!.id;

    await page.goto(`${baseUrl}/account`);
    await page.getByRole('heading', { level: 2, name: 'Your data' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^academy-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(data.profile).toMatchObject({ email, displayName: NAME });
    expect(data.enrolments).toHaveLength(1);
    expect(data.certificates).toEqual([expect.objectContaining({ id: certificateId })]);
    // The readable summary holds the same data, as a page of its own that passes axe too.
    const [summary] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a readable summary (HTML)' }).click(),
    ]);
    expect(summary.suggestedFilename()).toMatch(/^academy-personal-data-\d{4}-\d{2}-\d{2}\.html$/);
    const html = readFileSync(await summary.path(), 'utf8');
    expect(html).toContain(email);
    expect(html).toContain(certificateId);
    const reader = await page.context().newPage();
    await reader.setContent(html);
    await reader.getByRole('heading', { level: 2, name: 'Certificates' }).waitFor();
    scans.summary = await seriousA11yViolations(reader);
    await reader.close();
    scans.account = await seriousA11yViolations(page);

    // Deleting asks for the password, then for confirmation.
    await page.getByLabel('Revoke them').check();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('Current password is required.').first().waitFor();
    await page.getByLabel('Current password').last().fill('not my password at all');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('Are you sure?').waitFor();
    scans.confirm = await seriousA11yViolations(page);
    await page.getByRole('button', { name: 'Yes, delete my account for good' }).click();
    await page.locator('#delete-password-error').waitFor();
    await page.getByLabel('Current password').last().fill(PASSWORD);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('button', { name: 'Yes, delete my account for good' }).click();
    await page.getByText('Your account has been deleted.').waitFor();
    scans.signIn = await seriousA11yViolations(page);

    // The address no longer signs in, and the certificate shows as revoked to anyone.
    expect(await query(`SELECT 1 FROM users WHERE email_key = $1`, [email])).toEqual([]);
    const visitor = await newPage(browser);
    await visitor.page.goto(`${baseUrl}/verify/${certificateId}`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Revoked certificate' }).waitFor();
    await visitor.page.getByText('holder deleted account').first().waitFor();
    expect(await visitor.page.getByText(NAME).count()).toBe(0);

    expect(scans).toEqual({ summary: [], account: [], confirm: [], signIn: [] });
    await Promise.all([context.close(), visitor.context.close()]);
  });
});
