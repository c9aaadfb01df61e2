// Issue 14's defects a learner hits, each as the learner meets it in the browser: a quiz page that
// spent an attempt, option letters that were never shown, a review in another language without a
// word about it.
import type { APIRequestContext, Browser } from 'playwright-core';
import { inject } from 'vitest';
import { answerKeys } from '../support/answer-keys.js';
import { answerAll } from '../support/answer-quiz.js';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { gql, query } from '../support/small-course.js';
import { NOTICE_VERSION } from '../support/privacy-notice.js';
import { acceptPrivacyNotice } from '../support/privacy-notice.js';

const baseUrl = inject('baseUrl');
const COURSE = 'circular-procurement-foundations';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A new account, signed in in the browser's context, enrolled in the foundations course. */
async function enrolledLearner(
  request: APIRequestContext,
  tag: string,
): Promise<{ email: string; enrolmentId: string }> {
  const account = { email: `${tag}-${Date.now()}@example.test`, password: 'a long e2e password' };
  await gql(request, `mutation($i: RegisterInput!) { register(input: $i) }`, {
    i: { ...account, displayName: 'Dana Defect', privacyNoticeVersion: NOTICE_VERSION },
  });
  await gql(request, `mutation($i: LoginInput!) { login(input: $i) { id } }`, { i: account });
  const { course } = await gql<{ course: { release: { id: string } } }>(
    request,
    `query { course(slug: "${COURSE}", locale: "en") { release { id } } }`,
  );
  const { enrol } = await gql<{ enrol: { id: string } }>(
    request,
    `mutation($i: EnrolInput!) { enrol(input: $i) { id } }`,
    {
      i: { courseSlug: COURSE, releaseId: course.release.id },
    },
  );
  return { email: account.email, enrolmentId: enrol.id };
}

const attemptsOf = async (email: string) =>
  (
    await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM quiz_attempts a JOIN users u ON u.id = a.user_id WHERE u.email_key = lower($1)`,
      [email],
    )
  )[0]!.n;

describe('issue 14: what a learner trips over', () => {
  it('opens a quiz on a landing view: visiting starts nothing, Start and Retake are explicit', async () => {
    const { context, page } = await newPage(browser);
    const { email } = await enrolledLearner(context.request, 'landing');

    await page.goto(`${baseUrl}/learn/why-circular/quiz`);
    await page
      .getByRole('heading', { level: 1, name: 'Quiz: Why circular procurement?' })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Before you start' }).waitFor();
    await page.getByText(/Not taken yet/).waitFor();
    await page.getByText(/questions, pass mark 80%\. There is no time limit/).waitFor();
    await page.getByText('3 attempts left.').waitFor();
    expect(await page.locator('fieldset.quiz-question').count()).toBe(0);
    expect(page.url()).not.toContain('attempt=');
    expect(await attemptsOf(email)).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('fieldset.quiz-question').first().waitFor();
    await answerAll(page, await answerKeys(email, 'why-circular'), true);
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByText('Passed', { exact: true }).first().waitFor();

    // Coming back to a passed quiz shows where the learner stands; nothing is spent.
    await page.goto(`${baseUrl}/learn/why-circular/quiz`);
    await page.getByRole('heading', { level: 2, name: 'Your attempts so far' }).waitFor();
    await page.getByText(/Passed · best score 100% · 1 of 3 attempts used/).waitFor();
    await page.getByRole('button', { name: 'Retake the quiz' }).waitFor();
    expect(await page.locator('fieldset.quiz-question').count()).toBe(0);
    expect(await attemptsOf(email)).toBe(1);
    await context.close();
  }, 120_000);

  it('letters the options A, B, C…, and explanations quote option text instead of letters', async () => {
    const { context, page } = await newPage(browser);
    const { email } = await enrolledLearner(context.request, 'letters');
    await page.goto(`${baseUrl}/learn/legal-framework/quiz`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const single = page
      .locator('fieldset.quiz-question', { has: page.locator('input[type="radio"]') })
      .first();
    await single.waitFor();
    const letters = await page.locator('fieldset.quiz-question .choice__letter').allTextContents();
    expect(letters.length).toBeGreaterThan(0);
    expect(letters.every((l) => /^[A-F]\.$/.test(l))).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await answerAll(page, await answerKeys(email, 'legal-framework'), false);
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your result' }).waitFor();
    const explanations = (await page.locator('.feedback__explanation').allTextContents()).join(
      '\n',
    );
    // Since curriculum 2.0 explanations quote the option text: no letter citations at all, and a
    // legal reference such as "Article 72(1)(a)" is not turned into a shown letter.
    expect(explanations.length).toBeGreaterThan(0);
    expect(explanations).not.toMatch(/(?<![)\p{L}\p{N}])\([a-fA-F](\)|,| and )/u);
    expect(explanations).not.toMatch(/\(\d+\)\([A-F]\)/);
    // The review names each answer with the letter it had in the quiz.
    expect(await page.locator('.feedback__answer li').first().textContent()).toMatch(
      /^[A-F]\. |^(True|False)$|^\d/,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('says when a review is in the language the attempt was taken in, not the interface’s', async () => {
    const { context, page } = await newPage(browser);
    const { enrolmentId } = await enrolledLearner(context.request, 'review-language');
    await gql(
      context.request,
      `mutation($i: SetEnrolmentLocaleInput!) { setEnrolmentLocale(input: $i) { id } }`,
      { i: { enrolmentId, locale: 'de' } },
    );
    const { startQuizAttempt } = await gql<{ startQuizAttempt: { id: string } }>(
      context.request,
      `mutation($i: StartQuizInput!) { startQuizAttempt(input: $i) { id } }`,
      { i: { enrolmentId, module: 'why-circular' } },
    );
    await gql(
      context.request,
      `mutation($i: SubmitAttemptInput!) { submitQuizAttempt(input: $i) { id } }`,
      {
        i: {
          attemptId: startQuizAttempt.id,
          answers: [],
          idempotencyKey: `e2e-${startQuizAttempt.id}`,
        },
      },
    );

    await page.goto(`${baseUrl}/learn/why-circular/quiz?attempt=${startQuizAttempt.id}`);
    await page.getByRole('heading', { level: 2, name: 'Your result' }).waitFor();
    await page
      .getByText('This review is in German, the language in which you took the quiz.')
      .waitFor();
    expect(await page.locator('.feedback [lang="de"]').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('greets a new account as new, and "welcome back" only later', async () => {
    const { context, page } = await newPage(browser);
    const email = `welcome-${Date.now()}@example.test`;
    await page.goto(`${baseUrl}/register`);
    await page.getByLabel('Your name').fill('Nora New');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('a long e2e password');
    await acceptPrivacyNotice(page);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Welcome to the academy, Nora New.', { exact: false }).waitFor();
    expect(await page.getByText('Welcome back', { exact: false }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('a long e2e password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Welcome back, Nora New.').waitFor();
    await context.close();
  }, 60_000);

  it('shows the new language in the account form after switching it in the header', async () => {
    const { context, page } = await newPage(browser);
    await enrolledLearner(context.request, 'account-language');
    await page.goto(`${baseUrl}/account`);
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    expect(await page.locator('#profile-locale').inputValue()).toBe('en');
    await page.locator('#language-select').selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    await expect.poll(() => page.locator('#profile-locale').inputValue()).toBe('de');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    expect(await page.locator('#profile-locale').inputValue()).toBe('de');
    await context.close();
  }, 60_000);
});
