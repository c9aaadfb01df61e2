import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, seriousA11yViolations } from '../support/browser.js';
import { grantRole } from '../support/database.js';
import { gql } from '../support/small-course.js';
import { registerInBrowser } from '../support/register.js';

const baseUrl = inject('baseUrl');
const PASSWORD = 'a long e2e password';
const PHONE = { width: 390, height: 844 };
/** Three browser registrations and a whole workshop: on 2 shared cores this outlasts the default. */
const LONG = 240_000;

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

/**
 * A host with a cohort session running now on the why-circular module, the projector open from the
 * schedule, and two participants joined: Ann by the QR link on her phone, Bob by typing the code.
 */
async function liveRoom(scans: Record<string, string[]>) {
  const stamp = Date.now();
  const hostEmail = `live-host-${stamp}@example.test`;
  const host = await person('Hanna Host', hostEmail);
  const ann = await person('Ann Phone', `live-ann-${stamp}@example.test`, true);
  const bob = await person('Bob Laptop', `live-bob-${stamp}@example.test`);
  await grantRole(hostEmail, 'host');

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

  return { host, ann, bob, cohort, code };
}

describe('live workshop in the browser', () => {
  it(
    'runs slides, a poll, a quiz question, a ranking and a live LCC exercise: projector updates live, a phone resumes after going offline',
    async () => {
      const scans: Record<string, string[]> = {};
      const { host, ann, bob } = await liveRoom(scans);

      // Slides: the module's workshop kit on the projector; the host moves on with the keyboard.
      const position = host.page.getByTestId('live-slide-position');
      expect(await position.innerText()).toMatch(/^Slide 1 of \d+$/);
      const total = Number((await position.innerText()).replace(/^Slide 1 of /, ''));
      expect(total).toBeGreaterThan(1);
      const firstSlide = await host.page.getByTestId('live-slide').innerText();
      await host.page.keyboard.press('ArrowRight');
      await position.getByText(`Slide 2 of ${total}`).waitFor();
      expect(await host.page.getByTestId('live-slide').innerText()).not.toBe(firstSlide);
      await host.page.keyboard.press('PageDown');
      await position.getByText(`Slide 3 of ${total}`).waitFor();
      await host.page.keyboard.press('ArrowLeft');
      await position.getByText(`Slide 2 of ${total}`).waitFor();
      scans.projectorSlides = await seriousA11yViolations(host.page);

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

      // A live LCC exercise: one table each; each table enters an offer on its own screen.
      await host.page.getByRole('radio', { name: 'At random' }).check();
      await host.page.getByLabel('Number of tables').fill('2');
      await host.page.getByRole('button', { name: 'Seat at tables' }).click();
      const seat = async (p: Person) =>
        Number((await p.page.getByTestId('live-my-table').innerText()).replace(/\D+/g, ' ').trim());
      await ann.page.getByTestId('live-my-table').waitFor();
      await bob.page.getByTestId('live-my-table').waitFor();
      const [annTable, bobTable] = [await seat(ann), await seat(bob)];
      expect([annTable, bobTable].sort()).toEqual([1, 2]);
      await host.page.getByRole('radio', { name: 'LCC exercise' }).check();
      await host.page
        .getByLabel('LCC exercise from the curriculum')
        .selectOption('office-furniture-refurbish-vs-new');
      await host.page.getByRole('button', { name: 'Launch' }).click();
      const ranking = host.page.getByTestId('live-lcc-ranking');
      await ranking.getByText('No table has entered an offer yet.').waitFor();

      const offer = async (p: Person, purchase: string, yearly: string) => {
        await p.page.getByLabel('Purchase price (with installation)').fill(purchase);
        await p.page.getByLabel('Yearly costs (energy, maintenance, fees)').fill(yearly);
        await p.page.getByLabel('End-of-life value (buy-back, resale)').fill('0');
        await p.page.getByRole('button', { name: /Send answer|Change my answer/ }).click();
      };
      // A negative amount is refused on the phone before it is sent.
      await ann.page.getByLabel('Purchase price (with installation)').waitFor();
      await ann.page.getByLabel('Purchase price (with installation)').fill('-5');
      await ann.page.getByLabel('Yearly costs (energy, maintenance, fees)').fill('1');
      await ann.page.getByRole('button', { name: 'Send answer' }).click();
      await ann.page.getByText('Enter each amount as a number of zero or more.').waitFor();
      scans.phoneLcc = await seriousA11yViolations(ann.page);
      await ann.page.getByTestId('live-privacy').getByText('Who sees what').click();
      await ann.page.getByText(/each table is named after the organisation/).waitFor();

      await offer(bob, '150000', '1000');
      await ranking.locator('tbody tr').first().getByText(`Table ${bobTable}`).waitFor();
      // 10 years at 3 %: 100 000 + 1 000 × 8.5302 = 108 530 (the engine's present value).
      await offer(ann, '100000', '1000');
      await ranking.getByText('€108,530').waitFor();
      const rows = await ranking.locator('tbody tr').allInnerTexts();
      expect(rows).toEqual([
        expect.stringMatching(new RegExp(`^1\\s+Table ${annTable}[\\s\\S]*€108,530$`)),
        expect.stringMatching(new RegExp(`^2\\s+Table ${bobTable}[\\s\\S]*€158,530$`)),
      ]);
      scans.projectorLcc = await seriousA11yViolations(host.page);
      await host.page.getByRole('button', { name: 'Reveal answer' }).click();
      const model = host.page.getByTestId('live-lcc-model');
      await model.waitFor();
      expect(await model.locator('li').first().innerText()).toMatch(
        /^Refurbish existing furniture/,
      );
      // Phones see the ranking and the model answer once revealed.
      await ann.page.getByTestId('live-lcc-model').waitFor();
      scans.phoneLccResults = await seriousA11yViolations(ann.page);
      expect(await marked(host.page)).toBe(true);

      // A reloaded projector keeps the slide the host was on.
      await host.page.reload();
      await host.page.getByTestId('live-slide-position').getByText(`Slide 2 of ${total}`).waitFor();

      expect(scans).toEqual({
        projector: [],
        join: [],
        projectorSlides: [],
        phone: [],
        projectorResults: [],
        phoneLcc: [],
        projectorLcc: [],
        phoneLccResults: [],
      });
      await Promise.all([host, ann, bob].map((p) => p.context.close()));
    },
    LONG,
  );

  it(
    'seats a table for a group poll; afterwards phones show a recap and the dashboard the results',
    async () => {
      const scans: Record<string, string[]> = {};
      const { host, ann, bob, cohort } = await liveRoom(scans);

      // Two activities answered one by one: a poll, then a quiz question never revealed.
      await host.page.getByRole('radio', { name: 'Poll' }).check();
      await host.page.getByLabel('Question', { exact: true }).fill('Which R-strategy first?');
      await host.page.getByLabel('Options').fill('Reuse\nRepair');
      await host.page.getByRole('button', { name: 'Launch' }).click();
      await ann.page.getByRole('radio', { name: 'Reuse' }).check();
      await ann.page.getByRole('button', { name: 'Send answer' }).click();
      await bob.page.getByRole('radio', { name: 'Repair' }).check();
      await bob.page.getByRole('button', { name: 'Send answer' }).click();
      await host.page.getByText('2 answers', { exact: true }).waitFor();
      await host.page.getByRole('radio', { name: 'Quiz question' }).check();
      const question = host.page.getByLabel('Question from the module quiz');
      await question.locator('option').nth(1).waitFor({ state: 'attached' });
      await question.selectOption({ index: 1 });
      await host.page.getByRole('button', { name: 'Launch' }).click();
      await ann.page.getByRole('heading', { level: 2, name: 'Quiz question 2' }).waitFor();
      await ann.page.getByRole('radio').nth(1).check();
      await ann.page.getByRole('button', { name: 'Send answer' }).click();
      await host.page.getByText('1 answer', { exact: true }).waitFor();

      // Tables: nobody named an organisation, so "by organisation" seats both at one table.
      await host.page.getByRole('radio', { name: 'By organisation' }).check();
      await host.page.getByRole('button', { name: 'Seat at tables' }).click();
      await host.page.getByTestId('live-tables').getByText('2 people').waitFor();
      await ann.page.getByText('You are at table 1.').waitFor();
      await bob.page.getByText('You are at table 1.').waitFor();

      // A group poll: one answer per table, and any member of the table gives (or changes) it.
      await host.page.getByRole('radio', { name: 'Poll' }).check();
      await host.page
        .getByLabel('Question', { exact: true })
        .fill('Which offer does your table pick?');
      await host.page.getByLabel('Options').fill('Refurbished\nNew');
      await host.page
        .getByRole('checkbox', { name: 'Group activity: one answer per table' })
        .check();
      await host.page.getByRole('button', { name: 'Launch' }).click();
      const annGroup = ann.page.getByRole('group', { name: 'Which offer does your table pick?' });
      await annGroup.getByRole('radio', { name: 'New' }).check();
      await ann.page.getByText('You answer for your table').waitFor();
      scans.phoneGroup = await seriousA11yViolations(ann.page);
      await ann.page.getByRole('button', { name: 'Send answer' }).click();
      await host.page.getByTestId('live-table-answers').getByText('New').waitFor();
      await bob.page.getByRole('radio', { name: 'Refurbished' }).check();
      await bob.page.getByRole('button', { name: /Send answer|Change my answer/ }).click();
      await host.page.getByTestId('live-table-answers').getByText('Refurbished').waitFor();
      await host.page.getByText('1 answer', { exact: true }).waitFor(); // still one: the table's
      expect(await host.page.getByTestId('live-table-answers').innerText()).toMatch(
        /Table 1\s+Refurbished/,
      );
      scans.projectorTables = await seriousA11yViolations(host.page);

      // Afterwards: the phone shows a recap, the cohort dashboard the session's results.
      await host.page.getByRole('button', { name: 'End live session' }).click();
      const recap = ann.page.getByTestId('live-recap');
      await recap.getByRole('heading', { level: 2, name: 'Your recap' }).waitFor();
      const pollRecap = recap.locator('article').filter({ hasText: 'Which R-strategy first?' });
      expect(await pollRecap.locator('dd').first().innerText()).toBe('Reuse');
      const groupRecap = recap
        .locator('article')
        .filter({ hasText: 'Which offer does your table pick?' });
      await groupRecap.getByText("Your table's answer").waitFor();
      expect(await groupRecap.locator('dd').first().innerText()).toBe('Refurbished');
      await recap.getByText(/^Your answer was (right|not right this time)\.$/).waitFor();
      expect(await recap.locator('article').count()).toBe(3);
      scans.recap = await seriousA11yViolations(ann.page);

      await host.page.goto(`${baseUrl}/host/cohorts/${cohort.id}?tab=dashboard`);
      const past = host.page.getByTestId('cohort-live-sessions');
      await past.getByRole('heading', { name: 'Live sessions' }).waitFor();
      await past.getByText('2 participants took part').waitFor();
      await past.getByText(/1\. Poll: Which R-strategy first\? — 2 answers/).click();
      await past.getByText('Reuse').first().waitFor();
      scans.dashboard = await seriousA11yViolations(host.page);

      expect(scans).toEqual({
        projector: [],
        join: [],
        phoneGroup: [],
        projectorTables: [],
        recap: [],
        dashboard: [],
      });
      await Promise.all([host, ann, bob].map((p) => p.context.close()));
    },
    LONG,
  );
});
