import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import { gql, importSmallCourse } from '../support/small-course.js';
import { NOTICE_VERSION } from '../support/privacy-notice.js';

// The acceptance test for generated numeric questions: the discount rate is drawn per
// attempt on the server, the learner computes the answer with the academy's calculator, and the
// server grades it correct.
const baseUrl = inject('baseUrl');
let browser: Browser;
let cleanup: () => void;
let releaseId: string;

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

beforeAll(async () => {
  browser = await launchBrowser();
  ({ releaseId, cleanup } = await importSmallCourse('lcc-quiz'));
});
afterAll(async () => {
  await browser?.close();
  cleanup?.();
});

describe('a numeric question with a drawn discount rate', () => {
  it('is answered with the calculator and graded correct on the server', async () => {
    const { context, page } = await newPage(browser);
    const account = {
      email: `lcc-quiz-${Date.now()}@example.test`,
      password: 'a long e2e password',
    };
    await gql(context.request, `mutation($i: RegisterInput!) { register(input: $i) }`, {
      i: { ...account, displayName: 'Nina Numbers', privacyNoticeVersion: NOTICE_VERSION },
    });
    await gql(context.request, `mutation($i: LoginInput!) { login(input: $i) { id } }`, {
      i: account,
    });
    await gql(context.request, `mutation($i: EnrolInput!) { enrol(input: $i) { id } }`, {
      i: { courseSlug: 'basics', releaseId },
    });

    await page.goto(`${baseUrl}/learn/costs/quiz`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const question = page.locator('fieldset.quiz-question', { hasText: 'discount rate of' });
    await question.waitFor();
    const prompt = (await question.locator('legend').innerText()).replace(/\s+/g, ' ');
    const rate = Number(/discount rate of (\d+(?:\.\d+)?)%/.exec(prompt)![1]) / 100;
    expect(rate).toBeGreaterThanOrEqual(0.02);
    expect(rate).toBeLessThanOrEqual(0.04);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Open the exercise in the calculator with the drawn rate, as the prompt asks.
    const { lccExercise } = await gql<{
      lccExercise: { scenario: Record<string, unknown>; offers: { id: string; name: string }[] };
    }>(
      context.request,
      `query($r: ID) { lccExercise(id: "lamps", locale: "en", releaseId: $r) { scenario offers { id name } } }`,
      { r: releaseId },
    );
    const scenario = { ...lccExercise.scenario, discountRate: rate };
    const names = Object.fromEntries(lccExercise.offers.map((o) => [o.id, o.name]));
    const calculator = await context.newPage();
    await calculator.goto(
      `${baseUrl}/lcc?s=${base64url(JSON.stringify({ scenario, names, exercise: 'lamps' }))}`,
    );
    // The totals row lists the offers in the scenario's order: a, then b.
    const totalRow = calculator
      .locator('table.lcc-table')
      .first()
      .getByRole('row', { name: /^Life-cycle cost/ });
    await totalRow.waitFor();
    const [totalA, totalB] = (await totalRow.locator('td').allInnerTexts()).map((text) =>
      Number(text.replace(/[^0-9.-]/g, '')),
    );
    const difference = totalA! - totalB!;
    expect(difference).toBeGreaterThan(1000);
    await calculator.close();

    // Answer with the calculator's figure, submit, and let the server grade it.
    await question.getByLabel(/Your answer/).fill(String(Math.round(difference)));
    await page.getByRole('button', { name: 'Submit answers' }).click();
    const unanswered = page.getByRole('button', { name: 'Submit anyway' });
    if (await unanswered.isVisible().catch(() => false)) await unanswered.click();
    const verdict = page.locator(
      'li.feedback[data-key="costs/lamps-difference"] .feedback__verdict',
    );
    await verdict.waitFor();
    expect((await verdict.innerText()).trim()).toMatch(/^✓\s*Correct/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
