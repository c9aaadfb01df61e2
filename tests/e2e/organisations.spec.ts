import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { grantRole } from '../support/database.js';
import { acceptPrivacyNotice, NOTICE_VERSION } from '../support/privacy-notice.js';
import { gql } from '../support/small-course.js';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('an organisation manager in the browser', () => {
  it('confirms a colleague, sees her training report and the partnership figures; pages pass axe', async () => {
    const tag = Date.now().toString(36);
    const organisation = { name: `City of Managers ${tag}`, country: 'NL', kind: 'city' };
    const { context, page } = await newPage(browser);

    // A colleague registers with the same organisation; someone else with another one.
    const other = await browser.newContext();
    for (const [name, org] of [
      ['Cora Colleague', organisation],
      ['Otto Other', { ...organisation, name: `Elsewhere ${tag}` }],
    ] as const)
      await gql(other.request, `mutation($i: RegisterInput!) { register(input: $i) }`, {
        i: {
          email: `${name.split(' ')[0]!.toLowerCase()}-${tag}@example.test`,
          password: 'a long e2e password',
          displayName: name,
          organisation: org,
          shareTrainingRecord: true,
          privacyNoticeVersion: NOTICE_VERSION,
        },
      });
    await other.close();

    const email = `manager-${tag}@example.test`;
    await page.goto(`${baseUrl}/register`);
    await page.getByLabel('Your name').fill('Mona Manager');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('a long e2e password');
    await page.getByLabel('Organisation name').fill(organisation.name);
    await page.getByLabel('Country (two-letter code, e.g. NL)').fill('NL');
    await acceptPrivacyNotice(page);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Welcome to the academy, Mona Manager.').waitFor();
    await grantRole(email, 'org-manager');

    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'My organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'People of my organisation' }).waitFor();
    const table = page.getByRole('table', { name: `People of ${organisation.name}` });
    const cora = table.getByRole('row', { name: /Cora Colleague/ });
    await cora.getByText('Not confirmed').waitFor();
    expect(await table.getByText('Otto Other').count()).toBe(0);
    await page.getByRole('button', { name: 'Confirm Cora Colleague' }).click();
    await cora.getByText('Confirmed by a manager').waitFor();
    await page
      .getByRole('button', { name: 'Withdraw the confirmation of Cora Colleague' })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Cora agreed to share and is now confirmed: the training report lists her, not Otto.
    await page.getByRole('link', { name: 'Training report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Training report' }).waitFor();
    const report = page.getByRole('table', {
      name: `Training of the staff of ${organisation.name}`,
    });
    await report.getByRole('row', { name: /Cora Colleague/ }).waitFor();
    expect(await report.getByText('Otto Other').count()).toBe(0);
    await page.getByRole('link', { name: 'Download as CSV' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // An administrator's partnership figures.
    await grantRole(email, 'admin');
    await page.goto(`${baseUrl}/admin/partnership`);
    await page.getByRole('heading', { level: 1, name: 'Partnership figures' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Workshop attendance' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
