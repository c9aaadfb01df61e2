import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { acceptPrivacyNotice } from '../support/privacy-notice.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('accounts in the browser', () => {
  it('registers, signs out, signs in, switches to Dutch, and every page passes axe', async () => {
    const { context, page } = await newPage(browser);
    const email = `e2e-${Date.now()}@example.test`;
    const password = 'a long e2e password';
    const scans: Record<string, string[]> = {};

    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Learn to buy circular' }).waitFor();
    scans.home = await seriousA11yViolations(page);

    await page.getByRole('link', { name: 'Create account' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    // Submitting empty shows the errors tied to their fields and focuses the summary.
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('Your name').getAttribute('aria-invalid')).toBe('true');
    scans.register = await seriousA11yViolations(page);

    await page.getByLabel('Your name').fill('Eva Example');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Organisation name').fill('City of Example');
    await page.getByLabel('Country (two-letter code, e.g. NL)').fill('nl');
    await acceptPrivacyNotice(page);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Welcome to the academy, Eva Example.', { exact: false }).waitFor();

    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    expect(await page.getByLabel('Organisation name').inputValue()).toBe('City of Example');
    scans.account = await seriousA11yViolations(page);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You have been signed out.').waitFor();
    scans.signIn = await seriousA11yViolations(page);

    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Welcome back, Eva Example.').waitFor();

    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { level: 1, name: 'Leer circulair inkopen' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('link', { name: 'Mijn account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    // Focus moves to the new page's heading after navigation.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // The choice is saved to the profile: a fresh browser signed in gets Dutch too.
    const fresh = await newPage(browser);
    await fresh.page.goto(`${baseUrl}/sign-in`);
    await fresh.page.getByLabel('Email address').fill(email);
    await fresh.page.getByLabel('Password').fill(password);
    await fresh.page.getByRole('button', { name: 'Sign in' }).click();
    await fresh.page.getByRole('heading', { level: 1, name: 'Leer circulair inkopen' }).waitFor();
    await fresh.context.close();

    await page.goto(`${baseUrl}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    scans.notFound = await seriousA11yViolations(page);

    expect(scans).toEqual({ home: [], register: [], account: [], signIn: [], notFound: [] });
    await context.close();
  });

  it('slows a 6th wrong password from the same browser with a translated message', async () => {
    const { context, page } = await newPage(browser, { locale: 'de-DE' });
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    const email = `throttle-${Date.now()}@example.test`;
    await page.getByLabel('E-Mail-Adresse').fill(email);
    // Five attempts per account and client are free; then each must wait (the API's FREE_ATTEMPTS).
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Passwort').fill(`wrong password ${i}`);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.getByText('E-Mail-Adresse oder Passwort ist nicht korrekt.').waitFor();
    }
    await page.getByLabel('Passwort').fill('wrong password 6');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText(/Zu viele Anmeldeversuche\. Bitte warten Sie \d+ Sekunden/).waitFor();
    await context.close();
  });

  it('is usable at phone width', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 375, height: 740 } });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
