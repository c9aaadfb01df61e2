import type { Page } from 'playwright-core';
import { acceptPrivacyNotice } from './privacy-notice.js';

/**
 * Registers through the English register form, consenting to the privacy notice, and waits for the
 * welcome that shows the account is signed in.
 */
export async function registerInBrowser(
  page: Page,
  baseUrl: string,
  person: { name: string; email: string; password?: string },
): Promise<void> {
  await page.goto(`${baseUrl}/register`);
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password ?? 'a long e2e password');
  await acceptPrivacyNotice(page);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(`Welcome to the academy, ${person.name}.`).waitFor();
}
