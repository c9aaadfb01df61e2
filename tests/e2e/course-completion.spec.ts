// Issue 14, point 3: completing a course is acknowledged where the learner is (the result page,
// the course page, the dashboard), each time with the certificate at hand.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { completeCourse } from '../support/complete-course.js';
import { gql, importSmallCourse, query } from '../support/small-course.js';
import { NOTICE_VERSION } from '../support/privacy-notice.js';

const baseUrl = inject('baseUrl');
const COURSE = 'Basics of circular procurement';
let browser: Browser;
let releaseId: string;
let cleanup: (() => void) | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ releaseId, cleanup } = await importSmallCourse('completion'));
});
afterAll(async () => {
  await browser?.close();
  cleanup?.();
});

/** A new learner, signed in in this browser context. */
async function signUp(context: BrowserContext, displayName: string): Promise<string> {
  const account = { email: `done-${Date.now()}@example.test`, password: 'a long e2e password' };
  await gql(context.request, `mutation($i: RegisterInput!) { register(input: $i) }`, {
    i: { ...account, displayName, privacyNoticeVersion: NOTICE_VERSION },
  });
  await gql(context.request, `mutation($i: LoginInput!) { login(input: $i) { id } }`, {
    i: account,
  });
  return account.email;
}

async function expectCelebration(page: Page, course = COURSE): Promise<string[]> {
  const section = page.locator('section.course-completion');
  await section.getByRole('heading', { name: 'Course completed' }).waitFor();
  await section
    .getByText(`Congratulations: you have completed “${course}”.`, { exact: false })
    .waitFor();
  expect(
    await section.getByRole('link', { name: `Download PDF (${course})` }).getAttribute('href'),
  ).toMatch(/\.pdf|\/pdf/);
  expect(
    await section
      .getByRole('link', { name: `Add to LinkedIn profile (${course}, opens in a new tab)` })
      .getAttribute('href'),
  ).toContain('linkedin.com');
  expect(
    await section
      .getByRole('link', { name: `Open the verification page (${course})` })
      .getAttribute('href'),
  ).toMatch(/^\/verify\/[0-9a-f-]{36}$/);
  await section.getByRole('button', { name: `Copy share link (${course})` }).waitFor();
  return seriousA11yViolations(page);
}

describe('issue 14: a completed course is celebrated, with its certificate', () => {
  it('on the result page and the dashboard', async () => {
    const { context, page } = await newPage(browser);
    const email = await signUp(context, 'Carla Complete');
    await completeCourse(context.request, releaseId);
    const [last] = await query<{ id: string }>(
      `SELECT a.id FROM quiz_attempts a JOIN users u ON u.id = a.user_id WHERE u.email_key = lower($1) AND a.kind = 'assessment'`,
      [email],
    );
    const scans: Record<string, string[]> = {};

    await page.goto(`${baseUrl}/final-assessment/basics?attempt=${last!.id}`);
    await page.getByRole('heading', { level: 2, name: 'Your result' }).waitFor();
    scans.result = await expectCelebration(page);

    // (The small course is not in the current release, so its course page cannot be visited: the
    // next test completes a bundled course for that.)
    await page.goto(`${baseUrl}/dashboard`);
    scans.dashboard = await expectCelebration(page);

    expect(scans).toEqual({ result: [], dashboard: [] });
    await context.close();
  }, 120_000);

  it('on the course page', async () => {
    const { context, page } = await newPage(browser);
    await signUp(context, 'Ewa Executive');
    const slug = 'circular-procurement-executive';
    const { course } = await gql<{ course: { id: string; title: string } }>(
      context.request,
      `query($slug: String!) { course(slug: $slug, locale: "en") { id title } }`,
      { slug },
    );
    const currentRelease = course.id.split(':')[0]!; // the id is "releaseId:slug"
    await completeCourse(context.request, currentRelease, undefined, slug);

    await page.goto(`${baseUrl}/courses/${slug}`);
    await page.getByRole('heading', { level: 1, name: course.title }).waitFor();
    expect(await expectCelebration(page, course.title)).toEqual([]);
    await context.close();
  }, 120_000);
});
