import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, seriousA11yViolations } from '../support/browser.js';
import { grantRole } from '../support/database.js';
import { gql } from '../support/small-course.js';
import { registerInBrowser } from '../support/register.js';

const baseUrl = inject('baseUrl');
const PASSWORD = 'a long e2e password';
const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Person {
  context: BrowserContext;
  page: Page;
}

async function person(name: string, email: string, phone = false): Promise<Person> {
  const context = await browser.newContext({
    locale: 'en-GB',
    ...(phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await registerInBrowser(page, baseUrl, { name, email, password: PASSWORD });
  return { context, page };
}

/** Marks the page; the mark survives only if the page is never reloaded. */
const mark = (page: Page) => page.evaluate(() => ((window as { liveMark?: number }).liveMark = 1));
const marked = (page: Page) =>
  page.evaluate(() => (window as { liveMark?: number }).liveMark === 1);

describe('live workshop in the browser', () => {
  it('runs a poll, a quiz question and a ranking: projector updates live, a phone resumes after going offline', async () => {
    const stamp = Date.now();
    const hostEmail = `live-host-${stamp}@example.test`;
    const host = await person('Hanna Host', hostEmail);
    const ann = await person('Ann Phone', `live-ann-${stamp}@example.test`, true);
    const bob = await person('Bob Laptop', `live-bob-${stamp}@example.test`);
    await grantRole(hostEmail, 'host');
    const scans: Record<string, string[]> = {};

    // A cohort with a session running now on the why-circular module; both participants join it.
    const today = new Date().toISOString().slice(0, 10);
    const { createCohort: cohort } = await gql<{ createCohort: { id: string; joinCode: string } }>(
      host.context.request,
      `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id joinCode } }`,
      {
        i: {
          name: 'Live Utrecht',
          courseSlug: 'circular-procurement-foundations',
          locale: 'en',
          startsOn: today,
          endsOn: today,
          timeZone: 'Europe/Amsterdam',
        },
      },
    );
    await gql(
      host.context.request,
      `mutation($i: CreateSessionInput!) { createCohortSession(input: $i) { id } }`,
      {
        i: {
          cohortId: cohort.id,
          title: 'Kick-off live',
          startsAt: new Date(Date.now() - 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 3_600_000).toISOString(),
          modules: ['why-circular'],
        },
      },
    );
    for (const p of [ann, bob])
      await gql(
        p.context.request,
        `mutation($c: String!) { joinCohort(input: { code: $c }) { id } }`,
        {
          c: cohort.joinCode,
        },
      );

    // The host opens the projector from the cohort's schedule.
    await host.page.goto(`${baseUrl}/host/cohorts/${cohort.id}?tab=schedule`);
    await host.page.getByRole('link', { name: 'Run “Kick-off live” live' }).click();
    await host.page.getByRole('heading', { level: 1, name: 'Kick-off live' }).waitFor();
    await host.page.getByText('Live: updates appear as they happen').waitFor();
    const code = (await host.page.getByTestId('live-code').textContent())!
      .replace(/^Code:\s*/, '')
      .replace(/\s/g, '');
    expect(code).toMatch(/^[2-9A-Z]{6}$/);
    await host.page
      .getByRole('img', { name: `QR code that opens ${baseUrl}/live/${code}` })
      .waitFor();
    await mark(host.page);
    scans.projector = await seriousA11yViolations(host.page);

    // Ann follows the QR link on her phone: one tap. Bob types the code.
    await ann.page.goto(`${baseUrl}/live/${code}`);
    await ann.page.getByRole('heading', { level: 1, name: 'Join a live session' }).waitFor();
    scans.join = await seriousA11yViolations(ann.page);
    await ann.page.getByRole('button', { name: 'Join' }).click();
    await ann.page.getByText('Waiting for the host to start an activity…').waitFor();
    await mark(ann.page);
    await bob.page.goto(`${baseUrl}/live`);
    await bob.page.getByLabel('Code from the projector').fill(code.toLowerCase());
    await bob.page.getByRole('button', { name: 'Join' }).click();
    await bob.page.getByText('Waiting for the host to start an activity…').waitFor();
    await host.page.getByText('2 participants have joined').waitFor();

    // A poll: phones show it without reload; the projector counts answers as they arrive.
    await host.page.getByRole('radio', { name: 'Poll' }).check();
    await host.page.getByLabel('Question', { exact: true }).fill('Which R-strategy first?');
    await host.page.getByLabel('Options').fill('Reuse\nRepair\nRecycle');
    await host.page.getByRole('button', { name: 'Launch' }).click();
    await host.page.getByText('2 participants have not answered yet').waitFor();
    const annPoll = ann.page.getByRole('group', { name: 'Which R-strategy first?' });
    await annPoll.getByRole('radio', { name: 'Reuse' }).check();
    scans.phone = await seriousA11yViolations(ann.page);
    await ann.page.getByRole('button', { name: 'Send answer' }).click();
    await ann.page.getByText('Your answer is saved.').first().waitFor();
    await host.page.getByText('1 answer', { exact: true }).waitFor();
    await bob.page.getByRole('radio', { name: 'Repair' }).check();
    await bob.page.getByRole('button', { name: 'Send answer' }).click();
    await host.page.getByText('2 answers', { exact: true }).waitFor();
    const bars = host.page.locator('.live-bars li');
    expect(await bars.allInnerTexts()).toEqual([
      expect.stringMatching(/Reuse[\s\S]*1 \(50%\)/),
      expect.stringMatching(/Repair[\s\S]*1 \(50%\)/),
      expect.stringMatching(/Recycle[\s\S]*0 \(0%\)/),
    ]);
    scans.projectorResults = await seriousA11yViolations(host.page);

    // Ann's phone loses its connection; meanwhile the host locks and launches a quiz question.
    await ann.context.setOffline(true);
    await host.page.getByRole('button', { name: 'Lock answers' }).click();
    await host.page.getByRole('radio', { name: 'Quiz question' }).check();
    const question = host.page.getByLabel('Question from the module quiz');
    await question.locator('option').nth(1).waitFor({ state: 'attached' });
    const prompt = (await question.locator('option').nth(1).textContent())!.trim();
    await question.selectOption({ index: 1 });
    await host.page.getByRole('button', { name: 'Launch' }).click();
    await host.page
      .getByRole('heading', {
        level: 2,
        name: new RegExp(`Quiz question · open\\s+${prompt.slice(0, 20)}`),
      })
      .waitFor();

    // Back online, the phone shows the current activity without a reload.
    await ann.context.setOffline(false);
    const annQuiz = ann.page.getByRole('group', { name: prompt });
    await annQuiz.waitFor({ timeout: 20_000 });
    expect(await marked(ann.page)).toBe(true);
    await annQuiz.getByRole('radio').nth(2).check();
    await ann.page.getByRole('button', { name: 'Send answer' }).click();
    await host.page.getByText('1 answer', { exact: true }).waitFor();
    // Before "reveal" nothing on the phone or projector marks a right answer.
    expect(await host.page.getByText('correct answer').count()).toBe(0);
    await host.page.getByRole('button', { name: 'Reveal answer' }).click();
    await host.page.getByText('✓ correct answer').waitFor();
    await ann.page.getByText(/^Your answer was (right|not right this time)\.$/).waitFor();
    expect(await marked(host.page)).toBe(true);

    // A ranking: Bob orders the options on his screen; the projector lists them by mean position.
    await host.page.getByRole('radio', { name: 'Ranking' }).check();
    await host.page.getByLabel('Question', { exact: true }).fill('Order the R-strategies');
    await host.page.getByLabel('Options').fill('Recycle\nReuse\nRefuse');
    await host.page.getByRole('button', { name: 'Launch' }).click();
    await bob.page.getByRole('group', { name: 'Order the R-strategies' }).waitFor();
    await bob.page.getByRole('button', { name: 'Move “Refuse” up' }).click();
    await bob.page.getByRole('button', { name: 'Move “Refuse” up' }).click();
    await bob.page.getByRole('button', { name: 'Send answer' }).click();
    await host.page.getByText('1 answer', { exact: true }).waitFor();
    expect(await host.page.locator('.live-ranking li').allInnerTexts()).toEqual([
      'Refuse mean position 1',
      'Recycle mean position 2',
      'Reuse mean position 3',
    ]);

    expect(scans).toEqual({ projector: [], join: [], phone: [], projectorResults: [] });
    await Promise.all([host, ann, bob].map((p) => p.context.close()));
  });
});
