import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { answerKeys } from '../support/answer-keys.js';
import { answerAll } from '../support/answer-quiz.js';
import { launchBrowser, seriousA11yViolations } from '../support/browser.js';
import { grantRole } from '../support/database.js';
import { acceptPrivacyNotice } from '../support/privacy-notice.js';

const baseUrl = inject('baseUrl');
const PASSWORD = 'a long e2e password';
const ZONE = 'Europe/Amsterdam';
const MODULE = 'why-circular';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newContext(viewport?: {
  width: number;
  height: number;
}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: ZONE, viewport });
  return { context, page: await context.newPage() };
}

async function register(page: Page, name: string, email: string) {
  await page.goto(`${baseUrl}/register`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await acceptPrivacyNotice(page);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(`Welcome to the academy, ${name}.`).waitFor();
}

/** YYYY-MM-DD in the cohort's zone, `days` from today. */
function day(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

async function addSession(
  page: Page,
  title: string,
  date: string,
  start: string,
  end: string,
  place: string,
) {
  await page.getByRole('button', { name: 'Add a session' }).click();
  const form = page.locator('form.cohort-session-form');
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Date').fill(date);
  await form.getByLabel('Start time').fill(start);
  await form.getByLabel('End time').fill(end);
  await form.getByLabel('Place').fill(place);
  await form.getByRole('checkbox').first().check();
  await form.getByRole('button', { name: 'Add session' }).click();
  await page.getByRole('heading', { level: 3, name: title }).waitFor();
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('cohorts in the browser', () => {
  it('runs a cohort: schedule, CSV import, joining, study, attendance on a phone, dashboard and exports', async () => {
    const stamp = Date.now();
    const hostEmail = `host-${stamp}@example.test`;
    const learnerEmail = `participant-${stamp}@example.test`;
    const scans: Record<string, string[]> = {};

    // The host registers and is given the host role by an admin.
    const host = await newContext();
    await register(host.page, 'Hanna Host', hostEmail);
    await grantRole(hostEmail, 'host');
    await host.page.goto(`${baseUrl}/host/cohorts`);
    await host.page.getByRole('heading', { level: 1, name: 'My cohorts as host' }).waitFor();
    await host.page.getByText('You do not host any cohort yet.', { exact: false }).waitFor();
    expect(await host.page.getByLabel('Time zone of the sessions').inputValue()).toBe(ZONE);
    expect(await host.page.getByLabel('Number of places').inputValue()).toBe('40');
    scans.hostCohorts = await seriousA11yViolations(host.page);

    await host.page.getByLabel('Name of the cohort').fill('Utrecht pressure cooker');
    await host.page
      .getByLabel('Course', { exact: true })
      .selectOption({ label: 'Circular Procurement Foundations' });
    await host.page.getByLabel('First day').fill(day(0));
    await host.page.getByLabel('Last day').fill(day(30));
    await host.page.getByLabel('Minimum attendance (%)').fill('80');
    await host.page.getByRole('button', { name: 'Create cohort' }).click();
    await host.page.getByRole('heading', { level: 1, name: 'Utrecht pressure cooker' }).waitFor();
    await host.page.getByText('The cohort was created.', { exact: false }).waitFor();
    const cohortUrl = host.page.url().replace(/\?.*$/, '');

    // Schedule: three sessions, the first one running now so participants can check in.
    await addSession(host.page, 'Kick-off', day(0), '00:00', '23:59', 'Stadskantoor Utrecht');
    await addSession(host.page, 'Deep dive', day(7), '13:00', '17:00', 'Stadskantoor Utrecht');
    await addSession(host.page, 'Wrap-up', day(14), '09:30', '12:00', 'Online');
    await host.page.getByText('17:00').first().waitFor();
    expect(await host.page.locator('ol.cohort-sessions > li').count()).toBe(3);
    scans.schedule = await seriousA11yViolations(host.page);
    const ics = await host.context.request.get(
      `${cohortUrl.replace('/host/cohorts/', '/cohorts/')}/calendar.ics`,
    );
    expect(ics.status()).toBe(200);
    expect(((await ics.text()).match(/BEGIN:VEVENT/g) ?? []).length).toBe(3);
    const checkInCode = (await host.page
      .locator('ol.cohort-sessions > li')
      .first()
      .locator('.cohort-code')
      .textContent())!.trim();

    // The tabs follow the ARIA pattern: arrow keys move between them.
    await host.page.getByRole('tab', { name: 'Schedule' }).focus();
    await host.page.keyboard.press('ArrowRight');
    await host.page.getByRole('heading', { level: 2, name: 'Participants' }).waitFor();
    expect(
      await host.page.getByRole('tab', { name: 'Participants' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(await host.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Participants',
    );

    // Participants: CSV import with one bad row; nothing is written until it is fixed.
    const joinCode = (await host.page.getByTestId('join-code').textContent())!.trim();
    const good = `anna-${stamp}@example.test,Anna Import,City of Utrecht,nl`;
    await host.page
      .getByLabel('Paste the CSV')
      .fill(`email,name,organisation,language\n${good}\nnot-an-email,Bad Row,,en\n`);
    await host.page.getByRole('button', { name: 'Check the list' }).click();
    await host.page.getByText('The list has 1 problem.', { exact: false }).waitFor();
    const badRow = host.page.locator('table tbody tr', { hasText: 'Bad Row' });
    await badRow.getByText('email: "not-an-email" is not a valid email address.').waitFor();
    expect(await badRow.locator('th').textContent()).toBe('3');
    expect(await host.page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    scans.importProblems = await seriousA11yViolations(host.page);

    await host.page
      .getByLabel('Paste the CSV')
      .fill(
        `email,name,organisation,language\n${good}\nbert-${stamp}@example.test,Bert Import,,en\n`,
      );
    await host.page.getByRole('button', { name: 'Check the list' }).click();
    await host.page.getByText('All 2 rows are fine.', { exact: false }).waitFor();
    await host.page.getByRole('button', { name: 'Import 2 participants' }).click();
    await host.page.getByText('2 invitations created.', { exact: false }).waitFor();
    // The cohort's figures follow the import: invitations hold places, and the page says so.
    await host.page
      .getByTestId('places-taken')
      .getByText('2 of 40 places taken, 2 of them by pending invitations')
      .waitFor();
    await host.page.getByText(`anna-${stamp}@example.test`, { exact: true }).first().waitFor();
    const invitation = await host.page
      .locator('li', { hasText: `anna-${stamp}@example.test` })
      .locator('pre.cohort-mail')
      .textContent();
    expect(invitation).toMatch(/\/invitation\/[\w-]+/);
    // Invited is not joined: nobody is a participant before accepting.
    expect(await host.page.locator('table tbody tr', { hasText: 'Anna Import' }).count()).toBe(0);
    scans.participants = await seriousA11yViolations(host.page);
    // The host can read the link but not redeem it: acceptance is bound to the invitee's own account.
    const token = /\/invitation\/([\w-]+)/.exec(invitation!)![1]!;
    await host.page.goto(`${baseUrl}/invitation/${token}`);
    await host.page
      .getByText(`but this invitation is for anna-${stamp}@example.test`, { exact: false })
      .waitFor();
    expect(await host.page.getByRole('button', { name: 'Accept and join' }).count()).toBe(0);
    await host.page.goto(cohortUrl);

    await openTab(host.page, 'Announcements');
    await host.page.getByLabel('Title').fill('Bring your tender documents');
    await host.page.getByLabel('Message').fill('Please bring one recent tender to the deep dive.');
    await host.page.getByRole('button', { name: 'Post announcement' }).click();
    await host.page
      .getByRole('heading', { level: 3, name: 'Bring your tender documents' })
      .waitFor();
    scans.announcements = await seriousA11yViolations(host.page);

    // A participant follows the join link: signed out first, then registered and back.
    const learner = await newContext();
    await learner.page.goto(`${baseUrl}/join/${joinCode}`);
    await learner.page.getByRole('heading', { level: 1, name: 'Join a cohort' }).waitFor();
    await learner.page.getByRole('link', { name: 'Sign in' }).last().waitFor();
    scans.joinSignedOut = await seriousA11yViolations(learner.page);
    await register(learner.page, 'Pia Participant', learnerEmail);
    await learner.page.goto(`${baseUrl}/join/${joinCode}`);
    await learner.page.getByRole('button', { name: 'Join the cohort' }).click();
    await learner.page.getByText('You joined Utrecht pressure cooker.').waitFor();
    scans.joined = await seriousA11yViolations(learner.page);

    // Study: one lesson done and the module quiz passed.
    await learner.page.goto(`${baseUrl}/learn/${MODULE}/linear-vs-circular`);
    await learner.page.getByRole('heading', { level: 1, name: 'Linear versus circular' }).waitFor();
    await learner.page.getByRole('button', { name: 'Mark as done' }).click();
    await learner.page.getByText('You have finished this lesson.').waitFor();
    await learner.page.goto(`${baseUrl}/learn/${MODULE}/quiz`);
    await learner.page.getByRole('button', { name: 'Start', exact: true }).click();
    await learner.page.locator('fieldset.quiz-question').first().waitFor();
    await answerAll(learner.page, await answerKeys(learnerEmail, MODULE), true);
    await learner.page.getByRole('button', { name: 'Submit answers' }).click();
    await learner.page.getByText('Passed', { exact: true }).first().waitFor();

    // My cohorts: schedule, announcement, name visibility and self check-in.
    await learner.page.goto(`${baseUrl}/cohorts`);
    await learner.page.getByRole('heading', { level: 1, name: 'My cohorts' }).waitFor();
    await learner.page
      .getByRole('heading', { level: 2, name: 'Utrecht pressure cooker' })
      .waitFor();
    await learner.page.getByText('Bring your tender documents').waitFor();
    await learner.page.getByText('Deep dive', { exact: true }).waitFor();
    expect(
      await learner.page
        .getByRole('link', { name: 'Subscribe in my calendar' })
        .getAttribute('href'),
    ).toMatch(/\/calendar\/[\w-]+\.ics$/);
    await learner.page.getByLabel('Show my name to other participants').check();
    await learner.page.getByText('Other participants can see your name.').waitFor();
    await learner.page.getByLabel('Check-in code').fill(checkInCode.toLowerCase());
    await learner.page.getByRole('button', { name: 'Check in' }).click();
    await learner.page.getByText('You are checked in to Kick-off.').waitFor();
    scans.myCohorts = await seriousA11yViolations(learner.page);

    // The invited participant accepts: creates her account with the invited address, and joins.
    const anna = await newContext();
    await anna.page.goto(`${baseUrl}/invitation/${token}`);
    await anna.page.getByRole('heading', { level: 1, name: 'Your invitation' }).waitFor();
    await anna.page
      .getByText(`The invitation is for anna-${stamp}@example.test.`, { exact: false })
      .waitFor();
    scans.invitation = await seriousA11yViolations(anna.page);
    const newAccount = anna.page.getByRole('region', { name: 'I am new here' });
    expect(await newAccount.getByLabel('Your name').inputValue()).toBe('Anna Import');
    await newAccount.getByLabel('Password').fill(PASSWORD);
    await acceptPrivacyNotice(anna.page);
    await newAccount.getByRole('button', { name: 'Create account and accept' }).click();
    // Anna's row asked for Dutch: signing in switches the interface to her language.
    await anna.page.getByText('Welkom! Je neemt nu deel aan de groep.').waitFor();
    await anna.page.getByRole('heading', { level: 2, name: 'Utrecht pressure cooker' }).waitFor();
    await anna.page.getByRole('heading', { level: 1, name: 'Mijn groepen' }).waitFor();
    scans.myCohortsDutch = await seriousA11yViolations(anna.page);

    // Attendance on a phone (Bert has not accepted, so he is not listed): the self check-in shows, mark the rest present, excuse one, save once.
    await host.page.setViewportSize({ width: 375, height: 740 });
    await host.page.goto(`${cohortUrl}?tab=attendance`);
    await host.page.getByRole('heading', { level: 2, name: 'Attendance' }).waitFor();
    const pia = host.page.getByRole('group', { name: 'Pia Participant' });
    await expect.poll(() => pia.getByLabel('Present').isChecked()).toBe(true);
    await host.page.getByRole('button', { name: 'Mark all present' }).click();
    await host.page.getByRole('group', { name: 'Anna Import' }).getByLabel('Excused').check();
    expect(await host.page.getByRole('group', { name: 'Bert Import' }).count()).toBe(0);
    await host.page.getByText('Present: 1 · absent: 0 · excused: 1 · not marked: 0').waitFor();
    const box = await host.page
      .getByRole('group', { name: 'Anna Import' })
      .getByText('Excused')
      .boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await noHorizontalScroll(host.page)).toBe(true);
    await host.page.getByRole('button', { name: 'Save attendance' }).click();
    await host.page.getByText('Attendance saved for 2 participants.').waitFor();
    scans.attendancePhone = await seriousA11yViolations(host.page);

    // Dashboard: the matrix shows the participant's lesson and quiz; statistics per question.
    await host.page.setViewportSize({ width: 1280, height: 900 });
    await openTab(host.page, 'Dashboard');
    const row = host.page.locator('table.cohort-matrix tbody tr', {
      has: host.page.getByRole('rowheader', { name: 'Pia Participant' }),
    });
    await row.getByText('1/3 lessons').waitFor();
    await row.getByText('quiz 100%').waitFor();
    const questions = host.page.getByRole('table', { name: /Per question, worst first/ });
    expect(await questions.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await questions.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe(
      '100%',
    );
    const kickOff = host.page
      .getByRole('table', { name: 'Attendance per session' })
      .getByRole('row', { name: /Kick-off/ });
    expect(await kickOff.getByRole('cell').allTextContents()).toEqual(['1', '0', '1', '0']);
    scans.dashboard = await seriousA11yViolations(host.page);

    for (const [label, expected] of [
      ['Progress (CSV)', 'Pia Participant'],
      ['Attendance (CSV)', 'Kick-off'],
      ['Quiz results (CSV)', MODULE],
    ] as const) {
      const [download] = await Promise.all([
        host.page.waitForEvent('download'),
        host.page.getByRole('link', { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^cohort-.*\.csv$/);
      expect(readFileSync((await download.path())!, 'utf8')).toContain(expected);
    }

    expect(scans).toEqual({
      hostCohorts: [],
      schedule: [],
      importProblems: [],
      participants: [],
      announcements: [],
      joinSignedOut: [],
      joined: [],
      myCohorts: [],
      invitation: [],
      myCohortsDutch: [],
      attendancePhone: [],
      dashboard: [],
    });
    await Promise.all([host.context.close(), learner.context.close(), anna.context.close()]);
  }, 300_000);
});
