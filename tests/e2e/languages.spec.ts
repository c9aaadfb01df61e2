// The learner journey in the partnership's new languages: catalogue → course → lesson → quiz →
// result in French and Bulgarian, with the axe scan on each page and no English interface text.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { answerKeys } from '../support/answer-keys.js';
import { answerAll } from '../support/answer-quiz.js';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { englishLeaks, interfaceMessages, message } from '../support/messages.js';
import { acceptPrivacyNotice } from '../support/privacy-notice.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const MODULE = 'why-circular';

describe.each([
  { locale: 'fr', browserLocale: 'fr-FR', name: 'Élise Lefèvre' },
  { locale: 'bg', browserLocale: 'bg-BG', name: 'Божидар Петров' },
])('the learner journey in $locale', ({ locale, browserLocale, name }) => {
  it('catalogue, course, lesson, quiz and result: translated, accessible, no English interface text', async () => {
    const t = interfaceMessages(locale);
    const { context, page } = await newPage(browser, { locale: browserLocale });
    const email = `learner-${locale}-${Date.now()}@example.test`;
    const scans: Record<string, string[]> = {};
    const leaks: Record<string, string[]> = {};
    const check = async (step: string, p: Page) => {
      scans[step] = await seriousA11yViolations(p);
      leaks[step] = englishLeaks(await p.locator('body').innerText(), locale);
    };

    await page.goto(`${baseUrl}/register`);
    await page.getByLabel(message(t, 'form.displayName')).fill(name);
    await page.getByLabel(message(t, 'form.email')).fill(email);
    await page.getByLabel(message(t, 'form.password')).fill('a long e2e password in any language');
    await acceptPrivacyNotice(page, locale);
    await page.getByRole('button', { name: message(t, 'register.submit') }).click();
    await page.getByText(message(t, 'home.welcomeNew', { name })).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);

    await page.goto(`${baseUrl}/courses`);
    await page.getByRole('heading', { level: 1, name: message(t, 'courses.title') }).waitFor();
    await check('catalogue', page);

    await page.goto(`${baseUrl}/courses/circular-procurement-foundations`);
    await page.getByRole('button', { name: message(t, 'learning.course.enrol') }).click();
    await page.getByRole('link', { name: message(t, 'ui.course.start'), exact: true }).waitFor();
    await check('course', page);

    await page.getByRole('link', { name: message(t, 'ui.course.start'), exact: true }).click();
    await page.getByRole('button', { name: message(t, 'learning.lesson.markDone') }).click();
    // The lesson is in the learner's language, and says that no expert has reviewed it yet.
    await page.locator('.translation-unreviewed').waitFor();
    expect(await page.locator('.fallback-notice').count()).toBe(0);
    await check('lesson', page);

    await page.goto(`${baseUrl}/learn/${MODULE}/quiz`);
    await page
      .getByRole('button', { name: message(t, 'learning.quiz.start'), exact: true })
      .click();
    await page.locator('fieldset.quiz-question').first().waitFor();
    await answerAll(page, await answerKeys(email, MODULE), true);
    await page.getByText(message(t, 'learning.quiz.saved'), { exact: true }).waitFor();
    await check('quiz', page);
    await page.getByRole('button', { name: message(t, 'learning.quiz.submit') }).click();
    await page
      .getByRole('heading', { level: 2, name: message(t, 'learning.result.title') })
      .waitFor();
    await page.getByText(message(t, 'learning.result.passed'), { exact: true }).first().waitFor();
    await check('result', page);

    expect(scans).toEqual({ catalogue: [], course: [], lesson: [], quiz: [], result: [] });
    expect(leaks).toEqual({ catalogue: [], course: [], lesson: [], quiz: [], result: [] });
    await context.close();
  }, 180_000);
});
