import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { answerKeys } from '../support/answer-keys.js';
import { answerAll } from '../support/answer-quiz.js';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { acceptPrivacyNotice } from '../support/privacy-notice.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const COURSE = 'Circular Procurement Foundations';
const MODULE = 'why-circular';

async function register(
  page: Page,
  labels: { name: string; email: string; password: string; submit: string; locale: string },
  email: string,
  name: string,
) {
  await page.goto(`${baseUrl}/register`);
  await page.getByLabel(labels.name).fill(name);
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill('a long e2e password');
  await acceptPrivacyNotice(page, labels.locale);
  await page.getByRole('button', { name: labels.submit }).click();
}

async function readToEnd(page: Page) {
  await page.locator('.lesson-end').scrollIntoViewIfNeeded();
}

describe('the learning journey in the browser', () => {
  it('enrols, reads, resumes, fails and passes a module quiz, and sees progress (English)', async () => {
    const { context, page } = await newPage(browser);
    const email = `learner-${Date.now()}@example.test`;
    const scans: Record<string, string[]> = {};

    await register(
      page,
      {
        name: 'Your name',
        email: 'Email address',
        password: 'Password',
        submit: 'Create account',
        locale: 'en',
      },
      email,
      'Lea Learner',
    );
    await page.getByText('Welcome to the academy, Lea Learner.', { exact: false }).waitFor();

    await page.getByRole('link', { name: 'Courses', exact: true }).click();
    await page.getByRole('link', { name: COURSE }).click();
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your progress' }).waitFor();
    // Nothing done yet: the course offers Start; the first module is open, the others folded.
    await page.getByRole('link', { name: 'Start the course', exact: true }).waitFor();
    const toggles = page.locator('.module-outline__toggle');
    expect(await toggles.first().getAttribute('aria-expanded')).toBe('true');
    expect(await toggles.nth(1).getAttribute('aria-expanded')).toBe('false');
    await page.getByText('Not taken yet').first().waitFor();
    scans.courseEnrolled = await seriousA11yViolations(page);

    // First lesson: reaching its end marks it done, once; the module's table of contents ticks it.
    await page.getByRole('link', { name: /^Linear versus circular/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Linear versus circular' }).waitFor();
    await page.getByRole('button', { name: 'Mark as done' }).waitFor();
    await readToEnd(page);
    await page.getByText('You have finished this lesson.').waitFor();
    const toc = page.getByRole('navigation', { name: /Lessons of the module/ });
    await toc.getByRole('link', { name: 'Linear versus circular (done)' }).waitFor();
    scans.lesson = await seriousA11yViolations(page);

    await page.getByRole('link', { name: /Next lesson:/ }).click();
    await page
      .getByRole('heading', { level: 1, name: 'The buying power of public bodies' })
      .waitFor();
    await readToEnd(page);
    await page.getByText('You have finished this lesson.').waitFor();

    // Leave, come back on a fresh page load, and continue where the learner left off.
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 2, name: 'Continue where you left off' }).waitFor();
    await page.goto(`${baseUrl}/courses/circular-procurement-foundations`);
    await page
      .getByText(/^2 of \d+ lessons done$/)
      .first()
      .waitFor();
    await page
      .getByText(/^About \d+ (h \d+ )?min left$/)
      .first()
      .waitFor();
    await page.getByRole('link', { name: 'Resume', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'The R-strategies' }).waitFor();
    expect(page.url()).toContain(`/learn/${MODULE}/r-strategies`);

    // The last lesson of the module offers its quiz.
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.getByText('You have finished this lesson.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Test what you learned' }).waitFor();
    await page.locator('.quiz-offer').getByRole('link', { name: 'Take the quiz' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Quiz: Why circular procurement?' })
      .waitFor();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('fieldset.quiz-question').first().waitFor();
    await page.waitForURL(/attempt=/);
    scans.quizInProgress = await seriousA11yViolations(page);

    // Attempt 1: wrong on purpose. Answers autosave; feedback explains after submitting.
    const keys = await answerKeys(email, MODULE);
    const count = await answerAll(page, keys, false);
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your result' }).waitFor();
    await page.getByText('Not passed', { exact: true }).waitFor();
    expect(await page.getByText('Incorrect', { exact: true }).count()).toBe(count);
    expect(await page.getByText('Why', { exact: true }).count()).toBe(count);
    expect(await page.getByText('The right answer', { exact: true }).count()).toBe(count);
    scans.quizResult = await seriousA11yViolations(page);

    // Attempt 2: right answers.
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('This is attempt 2 of 3.').waitFor();
    await page.locator('fieldset.quiz-question').first().waitFor();
    await answerAll(page, keys, true);
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your result' }).waitFor();
    await page.getByText('Passed', { exact: true }).first().waitFor();
    await page.getByText('Your score: 100%. You needed 80%.').waitFor();
    expect(await page.getByText('Correct', { exact: true }).count()).toBe(count);

    // The course page shows the module's progress.
    await page.getByRole('link', { name: 'Back to the course' }).click();
    const firstModule = page.locator('section.module-outline').first();
    await firstModule.getByText('3 of 3 lessons done').waitFor();
    // A finished module folds (the learner has moved on) and says so; its details open on demand.
    await firstModule.getByText('Module completed').waitFor();
    await firstModule.getByRole('button', { expanded: false }).click();
    await firstModule.getByText(/Passed · best score 100% · 2 of 3 attempts used/).waitFor();
    expect(await firstModule.locator('.tick').allTextContents()).toEqual(['✓', '✓', '✓']);

    await page.getByRole('link', { name: 'My learning' }).click();
    await page.getByRole('heading', { level: 1, name: 'My learning' }).waitFor();
    await page.getByRole('heading', { level: 3, name: COURSE }).waitFor();
    // The table renders after its query answers: wait for the rows rather than count once.
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(2);
    await page.getByRole('heading', { level: 2, name: 'Upcoming sessions' }).waitFor();
    await page.getByText('There are no upcoming sessions.', { exact: false }).waitFor();
    scans.dashboard = await seriousA11yViolations(page);

    expect(scans).toEqual({
      courseEnrolled: [],
      lesson: [],
      quizInProgress: [],
      quizResult: [],
      dashboard: [],
    });
    await context.close();
  }, 240_000);

  it('follows the same path in Dutch', async () => {
    const { context, page } = await newPage(browser, { locale: 'nl-NL' });
    const email = `leerling-${Date.now()}@example.test`;
    const scans: Record<string, string[]> = {};

    await register(
      page,
      {
        name: 'Je naam',
        email: 'E-mailadres',
        password: 'Wachtwoord',
        submit: 'Account aanmaken',
        locale: 'nl',
      },
      email,
      'Lotte Leerling',
    );
    await page.getByText('Welkom bij de academie, Lotte Leerling.', { exact: false }).waitFor();

    await page.goto(`${baseUrl}/courses/circular-procurement-foundations`);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByRole('heading', { level: 2, name: 'Je voortgang' }).waitFor();
    await page.getByRole('link', { name: 'Begin met de cursus', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Lineair versus circulair' }).waitFor();
    await page.getByRole('button', { name: 'Markeer als gedaan' }).click();
    await page.getByText('Je hebt deze les afgerond.').waitFor();
    scans.lesson = await seriousA11yViolations(page);

    await page.goto(`${baseUrl}/learn/${MODULE}/quiz`);
    await page
      .getByRole('heading', { level: 1, name: 'Quiz: Waarom circulair inkopen?' })
      .waitFor();
    await page.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await page.locator('fieldset.quiz-question').first().waitFor();
    await page.getByText(/^Vraag 1 van \d+/).waitFor();
    const keys = await answerKeys(email, MODULE);
    await answerAll(page, keys, false);
    await page.getByText('Bewaard', { exact: true }).waitFor();
    scans.quizInProgress = await seriousA11yViolations(page);
    await page.getByRole('button', { name: 'Antwoorden inleveren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Je resultaat' }).waitFor();
    await page.getByText('Niet geslaagd', { exact: true }).waitFor();
    await page.getByText('Uitleg', { exact: true }).first().waitFor();
    scans.quizResult = await seriousA11yViolations(page);

    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByText('Dit is poging 2 van 3.').waitFor();
    await answerAll(page, keys, true);
    await page.getByRole('button', { name: 'Antwoorden inleveren' }).click();
    await page.getByText('Geslaagd', { exact: true }).first().waitFor();

    await page.getByRole('link', { name: 'Terug naar de cursus' }).click();
    await page
      .locator('section.module-outline')
      .first()
      .getByText(/Gehaald · beste score 100% · 2 van 3 pogingen gebruikt/)
      .waitFor();

    // The final assessment is timed: the clock shows, and is not a live region that speaks every second.
    await page.getByRole('link', { name: 'Maak de eindtoets' }).first().click();
    await page.getByRole('heading', { level: 1, name: /^Eindtoets: / }).waitFor();
    // A timed quiz explains itself and waits for Start, so the clock never runs unseen.
    await page.getByText('42 vragen, 80 minuten, geslaagd vanaf 80%.', { exact: false }).waitFor();
    expect(await page.getByText('Resterende tijd:').count()).toBe(0);
    scans.finalAssessmentIntro = await seriousA11yViolations(page);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await page.getByText('Resterende tijd:').waitFor();
    expect(await page.getByRole('timer').textContent()).toMatch(/^(1:20:00|1:19:[0-5]\d)$/);
    expect(await page.getByRole('timer').getAttribute('aria-live')).toBe('off');
    const numeric = page.locator('input[inputmode="decimal"]').first();
    if (await numeric.count()) {
      await numeric.fill('7.894,09');
      expect(await numeric.getAttribute('aria-invalid')).toBeNull();
    }
    scans.finalAssessment = await seriousA11yViolations(page);

    await page.getByRole('link', { name: 'Mijn leren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn leren' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Recente quizresultaten' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Komende bijeenkomsten' }).waitFor();
    scans.dashboard = await seriousA11yViolations(page);

    expect(scans).toEqual({
      lesson: [],
      quizInProgress: [],
      quizResult: [],
      finalAssessmentIntro: [],
      finalAssessment: [],
      dashboard: [],
    });
    await context.close();
  }, 180_000);
});
