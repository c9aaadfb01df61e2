import type { Browser, Page } from 'playwright-core';
import type { RunningAcademy } from '../support/academy-process.js';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';
import {
  registerEditor,
  SMALL_CURRICULUM,
  startEditionAcademy,
  type EditionAcademy,
} from '../support/edition-academy.js';
import { query } from '../support/small-course.js';

const EDITION = 'town';
const LCC = 'modules/costs/lessons/lcc-basics.en.md';
const LAMPS = 'practices/town-lamps.en.md';

let browser: Browser;
let served: EditionAcademy;
let academy: RunningAcademy;

// The small test curriculum (core 1.2.0 with the edition "town"), under an id of its own. Two of
// the edition's Dutch segments were translated in the browser against release 1.1.0, whose
// sources read differently: the new release made them outdated, in two files.
beforeAll(async () => {
  browser = await launchBrowser();
  served = await startEditionAcademy(SMALL_CURRICULUM, 'updates');
  academy = served.academy;
  // After start-up: the academy's migrations made the tables.
  await query(`DELETE FROM workspace_segments WHERE edition_key = $1`, [EDITION]);
  await query(`DELETE FROM workspace_source_confirmations WHERE edition_key = $1`, [EDITION]);
  await query(
    `INSERT INTO workspace_segments (edition_key, locale, source_path, segment_id, target, source_text, core_version, state, version)
     VALUES ($1, 'nl', $2, 'fm.title', 'Levenscycluskosten, de basis', 'Life-cycle cost basics', '1.1.0', 'translated', 1),
            ($1, 'nl', $3, 'fm.title', 'LED-lantaarns in onze stad', 'LED lights in our town', '1.1.0', 'translated', 1)`,
    [EDITION, LCC, LAMPS],
  );
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

const focused = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    text: document.activeElement?.textContent?.trim() ?? '',
  }));

describe('upstream updates in the workspace', () => {
  it('an editor walks two outdated segments in two files by keyboard: one still correct, one retranslated; axe clean', async () => {
    const { page } = await newPage(browser);
    const email = `workspace-updates-${Date.now()}@example.test`;
    await registerEditor(page, academy.baseUrl, { name: 'Uma', email }, EDITION);

    await page.goto(`${academy.baseUrl}/editor/workspace`);
    const link = page.getByRole('link', { name: 'Upstream updates: walk the outdated segments' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Upstream updates' }).waitFor();
    await page
      .getByText('Core release 1.2.0, Dutch: 2 outdated segments in 2 files.', { exact: false })
      .waitFor();
    await page.getByRole('heading', { name: 'Outdated since release 1.1.0' }).waitFor();

    // To the first outdated segment: the focus lands on its heading.
    await page.getByRole('button', { name: 'Next outdated segment' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('updates-current-title');
    const first = (await focused(page)).text;
    const firstFile = first.includes('lcc-basics') ? LCC : LAMPS;
    const current = page.getByRole('region', { name: first });
    await current
      .getByText('Translated against release 1.1.0; the source changed by release 1.2.0.')
      .waitFor();
    // Previous source, new source and the word diff between them.
    expect(await current.locator('del').count()).toBeGreaterThan(0);
    expect(await current.locator('ins').count()).toBeGreaterThan(0);
    const scan = await seriousA11yViolations(page);

    // Still correct: Tab to the text box, Tab past the (disabled) save to "still correct", Enter.
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('updates-target');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe(
      'Still correct: the change does not affect the translation',
    );
    await page.keyboard.press('Enter');
    await page.getByText('Recorded as still correct. Next:', { exact: false }).waitFor();

    // On to the other file's segment, focus on its heading again; retranslate and save.
    await expect.poll(async () => (await focused(page)).text).not.toBe(first);
    const second = await focused(page);
    expect(second.id).toBe('updates-current-title');
    const secondFile = firstFile === LCC ? LAMPS : LCC;
    expect(second.text).toContain(secondFile === LCC ? 'lcc-basics' : 'town-lamps');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('updates-target');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Nieuwe vertaling van de titel');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Save and go to the next');
    await page.keyboard.press('Enter');
    await page.getByText('Saved. No outdated segment is left.').waitFor();
    await page.getByText('Nothing is outdated', { exact: false }).waitFor();
    expect((await focused(page)).text).toBe('Upstream updates');

    const rows = await query<{ source_path: string; core_version: string; target: string }>(
      `SELECT source_path, core_version, target FROM workspace_segments WHERE edition_key = $1 ORDER BY source_path`,
      [EDITION],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source_path: secondFile,
          core_version: '1.2.0',
          target: 'Nieuwe vertaling van de titel',
        }),
        expect.objectContaining({ source_path: firstFile, core_version: '1.2.0' }),
      ]),
    );
    const records = await query<{
      source_path: string;
      translated_against: string;
      confirmed_in: string;
    }>(
      `SELECT source_path, translated_against, confirmed_in FROM workspace_source_confirmations WHERE edition_key = $1`,
      [EDITION],
    );
    expect(records).toEqual([
      { source_path: firstFile, translated_against: '1.1.0', confirmed_in: '1.2.0' },
    ]);
    expect(scan).toEqual([]);
  }, 120_000);
});
