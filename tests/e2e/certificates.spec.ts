import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { grantRole } from '../support/database.js';
import { completeCourse } from '../support/complete-course.js';
import { importSmallCourse } from '../support/small-course.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { acceptPrivacyNotice } from '../support/privacy-notice.js';

const baseUrl = inject('baseUrl');
const COURSE = 'Basics of circular procurement';
const LEARNER = 'Zoë Verhoeven';
const PASSWORD = 'a long e2e password';

let browser: Browser;
let releaseId: string;
let cleanup: (() => void) | undefined;

/**
 * The text a PDF viewer shows: inflates each Flate stream and decodes the WinAnsi hex strings
 * drawn with `Tj`, as libs/credentials/src/pdf/render-certificate.spec.ts does.
 */
/** The PDF's text as a viewer extracts it (PDF.js, Firefox's viewer). */
async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  await doc.destroy();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

async function download(page: Page, link: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).first().click(),
  ]);
  return readFileSync(await file.path());
}

/**
 * Opens "My certificates" from the header. (The API's web fallback treats every path starting
 * with /certificates as its own, so loading /certificates directly does not reach the app.)
 */
async function openMyCertificates(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: 'My certificates' }).click();
  await page.getByRole('heading', { level: 1, name: 'My certificates' }).waitFor();
}

async function register(page: Page, name: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/register`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await acceptPrivacyNotice(page);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(`Welcome to the academy, ${name}.`).waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ releaseId, cleanup } = await importSmallCourse('certificates'));
});
afterAll(async () => {
  await browser?.close();
  cleanup?.();
});

describe('certificates in the browser', () => {
  it('earns, downloads, shares, verifies and revokes a certificate; every page passes axe', async () => {
    const scans: Record<string, string[]> = {};
    const { context, page } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await register(page, LEARNER, `cert-${Date.now()}@example.test`);

    // Before completing anything the page explains how to earn a certificate.
    await openMyCertificates(page);
    await page.getByRole('heading', { level: 2, name: 'How to earn a certificate' }).waitFor();

    await completeCourse(context.request, releaseId);
    await openMyCertificates(page);
    const card = page.getByRole('article', { name: COURSE });
    await card.waitFor();
    expect(await card.getByText('Valid', { exact: true }).count()).toBe(1);
    expect(await card.textContent()).toMatch(/version 1\.2\.0 \(content hash [0-9a-f]{12}…\)/);
    expect(
      await card
        .getByRole('link', { name: `Add to LinkedIn profile (${COURSE}, opens in a new tab)` })
        .getAttribute('target'),
    ).toBe('_blank');
    scans.myCertificates = await seriousA11yViolations(page);

    const text = await pdfText(await download(page, `Download PDF (${COURSE})`));
    expect(text).toContain(LEARNER);
    expect(text).toContain(COURSE);
    const jwt = (await download(page, `Download credential file (.jwt) (${COURSE})`)).toString(
      'utf8',
    );
    expect(jwt.split('.')).toHaveLength(3);

    await card.getByRole('button', { name: `Copy share link (${COURSE})` }).click();
    await card.getByRole('status').getByText('Copied').waitFor();
    const shareLink = await page.evaluate(() => navigator.clipboard.readText());
    const id = /\/verify\/([0-9a-f-]{36})$/.exec(shareLink)?.[1];
    expect(id).toBeTruthy();

    // The public page, in a browser that is not signed in.
    const visitor = await newPage(browser);
    await visitor.page.goto(`${baseUrl}/verify/${id}`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Valid certificate' }).waitFor();
    await visitor.page
      .getByText(new RegExp(`Issued to ${LEARNER} for ${COURSE} on [^.]+ \\d{4}\\.`))
      .waitFor();
    expect(
      await visitor.page.getByRole('heading', { name: 'Revoke this certificate' }).count(),
    ).toBe(0);
    expect(
      await visitor.page.getByRole('link', { name: /\/\.well-known\/jwks\.json$/ }).count(),
    ).toBe(1);
    scans.verifyValid = await seriousA11yViolations(visitor.page);
    // Long ids, hashes and URLs wrap at phone width instead of widening the page.
    await visitor.page.setViewportSize({ width: 375, height: 740 });
    expect(
      await visitor.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await visitor.page.setViewportSize({ width: 1280, height: 720 });

    // Check the downloaded credential file by upload, then look a certificate up by its link.
    await visitor.page
      .getByRole('link', { name: 'Check another certificate or a credential file' })
      .click();
    await visitor.page.getByRole('heading', { level: 1, name: 'Check a certificate' }).waitFor();
    await visitor.page.getByLabel('Or choose a credential file (.jwt or .json)').setInputFiles({
      name: 'certificate.jwt',
      mimeType: 'application/vc+jwt',
      buffer: Buffer.from(jwt),
    });
    await visitor.page.getByText('Read certificate.jwt.').waitFor();
    await visitor.page.getByRole('button', { name: 'Check credential' }).click();
    await visitor.page.getByRole('heading', { level: 2, name: 'Genuine and valid' }).waitFor();
    scans.check = await seriousA11yViolations(visitor.page);
    await visitor.page.getByLabel('Credential (VC-JWT or JSON)').fill(`${jwt.slice(0, -4)}AAAA`);
    await visitor.page.getByRole('button', { name: 'Check credential' }).click();
    await visitor.page.getByRole('heading', { level: 2, name: 'Not valid' }).waitFor();
    // A tampered credential is an error (red, like a revoked one), not an amber warning.
    expect(await visitor.page.locator('.verify-verdict--error').count()).toBe(1);
    expect(
      await visitor.page
        .locator('.verify-verdict')
        .evaluate((el) => getComputedStyle(el).borderTopColor),
    ).toBe('rgb(179, 38, 30)');
    await visitor.page.getByLabel('Certificate id or share link').fill('not a certificate');
    await visitor.page.getByRole('button', { name: 'Look up' }).click();
    await visitor.page.getByText('Enter a certificate id').waitFor();
    await visitor.page.getByLabel('Certificate id or share link').fill(shareLink);
    await visitor.page.getByRole('button', { name: 'Look up' }).click();
    await visitor.page.getByRole('heading', { level: 1, name: 'Valid certificate' }).waitFor();

    await visitor.page.goto(`${baseUrl}/verify/00000000-0000-4000-8000-000000000000`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Unknown certificate' }).waitFor();
    scans.verifyUnknown = await seriousA11yViolations(visitor.page);

    // An administrator revokes it, with a reason and a confirmation step.
    const admin = await newPage(browser);
    const adminEmail = `cert-admin-${Date.now()}@example.test`;
    await register(admin.page, 'Ada Admin', adminEmail);
    await grantRole(adminEmail, 'admin');
    await admin.page.goto(`${baseUrl}/verify/${id}`);
    await admin.page.getByRole('heading', { level: 1, name: 'Valid certificate' }).waitFor();
    await admin.page.getByRole('button', { name: 'Revoke certificate…' }).click();
    await admin.page.getByText('Enter a reason of at least 3 characters.').waitFor();
    await admin.page.getByLabel('Reason for revoking').fill('Issued in error during an e2e test');
    await admin.page.getByRole('button', { name: 'Revoke certificate…' }).click();
    await admin.page
      .getByText(`Revoke the certificate of ${LEARNER} for ${COURSE}? This cannot be undone.`)
      .waitFor();
    await admin.page.getByRole('button', { name: 'Yes, revoke it' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Revoked certificate' }).waitFor();
    await admin.page.getByText('The certificate has been revoked.').waitFor();
    await expect.poll(() => admin.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await visitor.page.goto(`${baseUrl}/verify/${id}`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Revoked certificate' }).waitFor();
    await visitor.page.getByText('Issued in error during an e2e test').first().waitFor();
    scans.verifyRevoked = await seriousA11yViolations(visitor.page);

    await openMyCertificates(page);
    await page
      .getByRole('article', { name: COURSE })
      .getByText('Revoked', { exact: true })
      .waitFor();

    expect(scans).toEqual({
      myCertificates: [],
      verifyValid: [],
      check: [],
      verifyUnknown: [],
      verifyRevoked: [],
    });
    await Promise.all([context.close(), visitor.context.close(), admin.context.close()]);
  });
});
