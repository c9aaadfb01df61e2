import type { Browser, Page } from 'playwright-core';
import type { RunningAcademy } from '../support/academy-process.js';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import {
  registerEditor,
  SMALL_CURRICULUM,
  startEditionAcademy,
  type EditionAcademy,
} from '../support/edition-academy.js';

const PASSWORD = 'a long e2e password';
const EDITION = 'town';

let browser: Browser;
let served: EditionAcademy;
let academy: RunningAcademy;

// The library's small valid curriculum and its "town" edition, served by an academy of its own.
beforeAll(async () => {
  browser = await launchBrowser();
  served = await startEditionAcademy(SMALL_CURRICULUM, 'adapt');
  academy = served.academy;
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

async function editor(name: string): Promise<Page> {
  const { page } = await newPage(browser);
  const email = `adapt-${name.toLowerCase()}-${Date.now()}@example.test`;
  await registerEditor(page, academy.baseUrl, { name, email, password: PASSWORD }, EDITION);
  return page;
}

describe('local adaptation in the browser', () => {
  it('an editor overrides a lesson, a hide is refused naming the questions, publish; learners read the override; axe clean', async () => {
    const scans: Record<string, string[]> = {};
    const anna = await editor('Anna');
    await anna.goto(`${academy.baseUrl}/editor/workspace`);
    await anna.getByRole('link', { name: /^Adapt the edition/ }).click();
    await anna.getByRole('heading', { level: 1, name: `Adapt the edition ${EDITION}` }).waitFor();
    await anna.getByRole('row').filter({ hasText: 'Linear versus circular' }).waitFor();
    scans.overview = await seriousA11yViolations(anna);

    // Hiding a lesson whose module quiz still draws its questions: refused, the questions named.
    await anna.getByRole('button', { name: 'Hide Linear versus circular' }).click();
    const alert = anna.getByRole('alert').filter({ hasText: 'cannot be hidden' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('linear-definition, pick-strategies, labels-equal');

    // The edition's own text of the lesson, checked by the validator, then saved.
    await anna.getByRole('link', { name: 'Edit the text of Linear versus circular' }).click();
    await anna.getByRole('heading', { level: 1, name: "Edit the edition's text" }).waitFor();
    const box = anna.getByLabel('Text of the file (Markdown with front matter)');
    await expect.poll(() => box.inputValue()).toContain('title: Linear versus circular');
    const title = `Linear versus circular in our town ${Date.now()}`;
    const own = (await box.inputValue())
      .replace('title: Linear versus circular', `title: ${title}`)
      .replace('keeps value.', 'keeps value. [[term:no-such-term|x]]');
    await box.fill(own);
    await anna.getByRole('button', { name: 'Check' }).click();
    await anna.getByText('unknown glossary term "no-such-term"', { exact: false }).waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await box.fill(own.replace(' [[term:no-such-term|x]]', ''));
    await anna.getByRole('button', { name: 'Save', exact: true }).click();
    await anna.getByText('Saved. It is part of the next published release.').waitFor();
    expect(await box.inputValue()).toMatch(/^overrides: [0-9a-f]{16}$/m);
    scans.editor = await seriousA11yViolations(anna);

    // Publish through the workspace's own flow.
    await anna.goto(`${academy.baseUrl}/editor/workspace`);
    await anna.getByRole('button', { name: 'Check and publish…' }).click();
    const publishButton = anna.getByRole('button', { name: /^Publish release \S+\+/ });
    await publishButton.waitFor({ timeout: 120_000 });
    const version = (await publishButton.textContent())!.replace('Publish release ', '').trim();
    await publishButton.click();
    await anna
      .getByText(`Published release ${version}.`, { exact: false })
      .waitFor({ timeout: 120_000 });

    // A learner of the new release reads the edition's text.
    const res = await anna.request.post(`${academy.baseUrl}/graphql`, {
      data: { query: `{ releasesList { id version edition } }` },
    });
    const { releasesList } = (
      (await res.json()) as {
        data: { releasesList: { id: string; version: string; edition: string | null }[] };
      }
    ).data;
    const published = releasesList.find((r) => r.version === version && r.edition === EDITION)!;
    const { page: learner } = await newPage(browser);
    const lesson = await learner.request.post(`${academy.baseUrl}/graphql`, {
      data: {
        query: `query($r: ID) { lesson(module: "intro", slug: "first", locale: "en", releaseId: $r) { title } }`,
        variables: { r: published.id },
      },
    });
    expect(((await lesson.json()) as { data: { lesson: { title: string } } }).data.lesson).toEqual({
      title,
    });

    expect(scans).toEqual({ overview: [], editor: [] });
  }, 420_000);
});
