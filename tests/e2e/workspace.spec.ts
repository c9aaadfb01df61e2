import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningAcademy } from '../support/academy-process.js';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import {
  registerEditor,
  startEditionAcademy,
  type EditionAcademy,
} from '../support/edition-academy.js';

const PASSWORD = 'a long e2e password';
const EDITION = 'example-municipality';
const LESSON = 'modules/legal-framework/lessons/room-in-the-directive.en.md';

let browser: Browser;
let served: EditionAcademy;
let academy: RunningAcademy;

// The example edition before its Dutch lesson was written: a copy of the curriculum without that
// file, served by an academy of its own. The core's Dutch lesson feeds translation memory.
beforeAll(async () => {
  browser = await launchBrowser();
  served = await startEditionAcademy('curriculum', 'workspace', (root) =>
    rmSync(join(root, `editions/${EDITION}/${LESSON.replace('.en.md', '.nl.md')}`)),
  );
  academy = served.academy;
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

async function editor(name: string): Promise<Page> {
  const { page } = await newPage(browser);
  const email = `workspace-${name.toLowerCase()}-${Date.now()}@example.test`;
  await registerEditor(page, academy.baseUrl, { name, email, password: PASSWORD }, EDITION);
  return page;
}

const segment = (page: Page, n: number) =>
  page.getByRole('region', { name: new RegExp(`^Segment ${n} `) });

describe('translation workspace in the browser', () => {
  it('an editor translates two segments with translation memory, a second editor reviews; pages pass axe', async () => {
    const scans: Record<string, string[]> = {};
    const anna = await editor('Anna');
    await anna.goto(`${academy.baseUrl}/editor/workspace`);
    await anna.getByRole('heading', { level: 1, name: 'Translation workspace' }).waitFor();
    await expect.poll(() => anna.getByLabel('Target language').inputValue()).toBe('nl');
    const lessonLink = anna.getByRole('link', { name: `editions/${EDITION}/${LESSON}` });
    const row = anna.getByRole('row').filter({ has: lessonLink });
    await row.waitFor();
    // The edition's lesson has no Dutch file yet: every segment is missing.
    expect(await row.getByRole('cell').first().textContent()).toMatch(/^0 \/ \d+$/);
    scans.overview = await seriousA11yViolations(anna);

    await lessonLink.click();
    await anna.getByRole('heading', { level: 1, name: `editions/${EDITION}/${LESSON}` }).waitFor();
    // Nothing is translated yet: "next segment to do" walks the segments from the first.
    const next = anna.getByRole('button', { name: /^Next segment to do \(\d+ left\)$/ });
    await next.click();
    expect(await anna.evaluate(() => document.activeElement?.id)).toBe('seg-0-target');
    await next.click();
    expect(await anna.evaluate(() => document.activeElement?.id)).toBe('seg-1-target');
    // Segment 1, the title, changed in the edition: the core's title is a fuzzy match.
    const title = segment(anna, 1);
    await title
      .getByRole('button', { name: /^Insert suggestion \(\d+%\)$/ })
      .first()
      .click();
    const titleBox = title.getByLabel('Translation (Dutch)');
    expect(await titleBox.inputValue()).toBe('Ruimte voor circulariteit in de richtlijn');
    // Finish it from the keyboard: the suggestion put the focus in the text box.
    await anna.keyboard.press('End');
    await anna.keyboard.type(' en in onze eigen regels');
    await title.getByRole('button', { name: 'Save' }).click();
    await title.getByText('Saved.').waitFor();
    await title.getByText('Translated by Anna').waitFor();

    // Segment 2, an objective the edition kept: the memory has it word for word.
    const objective = segment(anna, 2);
    await objective.getByRole('button', { name: 'Insert suggestion (100%)' }).click();
    await objective.getByRole('button', { name: 'Save' }).click();
    await objective.getByText('Saved.').waitFor();
    // The translator cannot review their own segments.
    expect(await objective.getByRole('button', { name: 'Mark as reviewed' }).count()).toBe(0);

    // Validation as she types, with the validator's message: a broken glossary reference.
    const body = segment(anna, 5);
    await body.getByLabel('Translation (Dutch)').fill('Zie [[term:geen-term|iets]].');
    await body.getByText('unknown glossary term "geen-term"', { exact: false }).waitFor();
    expect(await body.getByLabel('Translation (Dutch)').getAttribute('aria-invalid')).toBe('true');
    scans.editor = await seriousA11yViolations(anna);

    const bert = await editor('Bert');
    await bert.goto(`${academy.baseUrl}/editor/workspace/${EDITION}/nl/${LESSON}`);
    const reviewTitle = segment(bert, 1);
    await reviewTitle.getByText('Translated by Anna').waitFor();
    await reviewTitle.getByRole('button', { name: 'Mark as reviewed' }).click();
    await reviewTitle.getByText('Reviewed.').waitFor();
    await reviewTitle.getByText('reviewed by Bert').waitFor();
    expect(await reviewTitle.locator('.badge').textContent()).toContain('Reviewed');

    await bert.goto(`${academy.baseUrl}/editor/workspace`);
    const bertRow = bert
      .getByRole('row')
      .filter({ has: bert.getByRole('link', { name: `editions/${EDITION}/${LESSON}` }) });
    await bertRow.waitFor();
    const cells = await bertRow.getByRole('cell').allTextContents();
    expect(cells[0]).toMatch(/^2 \/ \d+$/);
    expect(cells[3]).toBe('1'); // one of the two is not reviewed yet

    // Export: the lesson is not complete yet, so the zip leaves it out and says so.
    const [download] = await Promise.all([
      bert.waitForEvent('download'),
      bert.getByRole('button', { name: "Download the edition's files (zip)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${EDITION}-nl.zip`);
    await bert.getByText(`0 translation files downloaded as ${EDITION}-nl.zip.`).waitFor();
    await bert.getByText(`editions/${EDITION}/${LESSON}`, { exact: false }).nth(1).waitFor();

    expect(scans).toEqual({ overview: [], editor: [] });
  }, 120_000);

  it('previews the lesson as a learner, publishes it, and learners of the new release read it; axe clean', async () => {
    const scans: Record<string, string[]> = {};
    const carla = await editor('Carla');
    const call = async <T>(text: string, variables: Record<string, unknown> = {}) => {
      const res = await carla.request.post(`${academy.baseUrl}/graphql`, {
        data: { query: text, variables },
      });
      const body = (await res.json()) as { data?: T; errors?: unknown };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    // Setup through the API: the rest of the lesson translated (whatever the first test left),
    // with a title of this test's own.
    const key = { edition: EDITION, locale: 'nl', sourcePath: LESSON };
    const { workspaceFile } = await call<{
      workspaceFile: {
        segments: { id: string; source: string; status: string; version: number }[];
      };
    }>(
      `query($edition: String!, $locale: String!, $sourcePath: String!) { workspaceFile(edition: $edition, locale: $locale, sourcePath: $sourcePath) { segments { id source status version } } }`,
      key,
    );
    const title = `Ruimte in de richtlijn voor onze gemeente ${Date.now()}`;
    for (const seg of workspaceFile.segments) {
      if (seg.id !== 'fm.title' && (seg.status === 'translated' || seg.status === 'reviewed'))
        continue;
      await call(
        `mutation($input: SaveWorkspaceSegmentInput!) { saveWorkspaceSegment(input: $input) { version } }`,
        {
          input: {
            ...key,
            segmentId: seg.id,
            target: seg.id === 'fm.title' ? title : seg.source,
            expectedVersion: seg.version,
          },
        },
      );
    }

    // The preview: the unpublished Dutch text, labelled, with the learners' "not yet reviewed" note.
    await carla.goto(`${academy.baseUrl}/editor/workspace/${EDITION}/nl/${LESSON}`);
    await carla.getByRole('link', { name: 'Preview as a learner' }).click();
    // The first preview builds the edition's bundle (seconds; more on shared cores).
    await carla.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 120_000 });
    await carla.getByText('Preview, not published.').waitFor();
    await carla.getByText('has not yet been reviewed', { exact: false }).waitFor();
    expect(await carla.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('nl');
    scans.preview = await seriousA11yViolations(carla);

    // Publish: check, confirm, progress, done.
    await carla.goto(`${academy.baseUrl}/editor/workspace`);
    await carla.getByRole('button', { name: 'Check and publish…' }).click();
    const publishButton = carla.getByRole('button', { name: /^Publish release \S+\+/ });
    // Checking validates the whole curriculum with the edition: seconds, more on shared cores.
    const alert = carla.locator('.workspace-publish [role="alert"]');
    await publishButton.or(alert).waitFor({ timeout: 120_000 });
    expect((await alert.count()) ? await alert.textContent() : '').toBe('');
    await carla.getByText(/^Release \S+ will take 1 translation files/).waitFor();
    scans.publish = await seriousA11yViolations(carla);
    const version = (await publishButton.textContent())!.replace('Publish release ', '').trim();
    expect(version).toMatch(new RegExp(`\\+${EDITION}\\.\\d+$`));
    await publishButton.click();
    await carla
      .getByText(`Published release ${version}.`, { exact: false })
      .waitFor({ timeout: 180_000 });

    // Learners of the new release read the new title; the folder's release (pinned cohorts) does not.
    const { releasesList } = await call<{
      releasesList: { id: string; version: string; edition: string | null }[];
    }>(`{ releasesList { id version edition } }`);
    const published = releasesList.find((r) => r.version === version && r.edition === EDITION)!;
    const { page: learner } = await newPage(browser);
    const lesson = async (releaseId: string) => {
      const res = await learner.request.post(`${academy.baseUrl}/graphql`, {
        data: {
          query: `query($r: ID) { lesson(module: "legal-framework", slug: "room-in-the-directive", locale: "nl", releaseId: $r) { title text { fellBack } } }`,
          variables: { r: releaseId },
        },
      });
      return (
        (await res.json()) as { data: { lesson: { title: string; text: { fellBack: boolean } } } }
      ).data.lesson;
    };
    expect(await lesson(published.id)).toEqual({ title, text: { fellBack: false } });
    const older = releasesList.find((r) => r.edition === EDITION && r.version !== version)!;
    expect((await lesson(older.id)).title).not.toBe(title);

    expect(scans).toEqual({ preview: [], publish: [] });
  }, 420_000);
});
