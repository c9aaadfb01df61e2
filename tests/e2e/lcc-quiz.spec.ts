import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { APIRequestContext, Browser } from 'playwright-core';
import { inject } from 'vitest';
import { repoRoot } from '../support/academy-process.js';
import { launchBrowser, newPage, seriousA11yViolations } from '../support/browser.js';

// The acceptance test for generated numeric questions: the discount rate is drawn per
// attempt on the server, the learner computes the answer with the academy's calculator, and the
// server grades it correct.
const baseUrl = inject('baseUrl');
const databaseUrl = inject('e2eDatabaseUrl');
let browser: Browser;
let fixtureRoot: string;
let releaseId: string;

async function importSmallCourse(): Promise<string> {
  fixtureRoot = mkdtempSync(join(tmpdir(), 'academy-e2e-lcc-quiz-'));
  cpSync(join(repoRoot, 'libs/curriculum/test/fixtures/valid'), fixtureRoot, { recursive: true });
  const id = `e2e-lcc-${randomBytes(4).toString('hex')}`;
  const manifest = join(fixtureRoot, 'curriculum.yaml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^id: .*$/m, `id: ${id}`));
  await promisify(execFile)(process.execPath, ['apps/api/dist/cli/release.js', '--root', fixtureRoot], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
  });
  const client = new pg.Client(databaseUrl);
  await client.connect();
  const { rows } = await client.query(`SELECT id FROM curriculum_releases WHERE curriculum_id = $1 AND edition_key = ''`, [id]);
  await client.end();
  return rows[0].id as string;
}

async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post(`${baseUrl}/graphql`, { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

beforeAll(async () => {
  browser = await launchBrowser();
  releaseId = await importSmallCourse();
});
afterAll(async () => {
  await browser?.close();
  rmSync(fixtureRoot, { recursive: true, force: true });
});

describe('a numeric question with a drawn discount rate', () => {
  it('is answered with the calculator and graded correct on the server', async () => {
    const { context, page } = await newPage(browser);
    await gql(context.request, `mutation($i: RegisterInput!) { register(input: $i) { id } }`, {
      i: { email: `lcc-quiz-${Date.now()}@example.test`, password: 'a long e2e password', displayName: 'Nina Numbers' },
    });
    await gql(context.request, `mutation($i: EnrolInput!) { enrol(input: $i) { id } }`, { i: { courseSlug: 'basics', releaseId } });

    await page.goto(`${baseUrl}/learn/costs/quiz`);
    const question = page.locator('fieldset.quiz-question', { hasText: 'discount rate of' });
    await question.waitFor();
    const prompt = (await question.locator('legend').innerText()).replace(/\s+/g, ' ');
    const rate = Number(/discount rate of (\d+(?:\.\d+)?)%/.exec(prompt)![1]) / 100;
    expect(rate).toBeGreaterThanOrEqual(0.02);
    expect(rate).toBeLessThanOrEqual(0.06);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Open the exercise in the calculator with the drawn rate, as the prompt asks.
    const { lccExercise } = await gql<{ lccExercise: { scenario: Record<string, unknown>; offers: { id: string; name: string }[] } }>(
      context.request,
      `query($r: ID) { lccExercise(id: "lamps", locale: "en", releaseId: $r) { scenario offers { id name } } }`,
      { r: releaseId },
    );
    const scenario = { ...lccExercise.scenario, discountRate: rate };
    const names = Object.fromEntries(lccExercise.offers.map((o) => [o.id, o.name]));
    const calculator = await context.newPage();
    await calculator.goto(`${baseUrl}/lcc?s=${base64url(JSON.stringify({ scenario, names, exercise: 'lamps' }))}`);
    const differenceRow = calculator.locator('table.lcc-table').first().getByRole('row', { name: /Difference to the cheapest/i });
    await differenceRow.waitFor();
    const cell = (await differenceRow.locator('td').allInnerTexts()).find((text) => text.includes('+'))!;
    const difference = Number(cell.replace(/[^0-9.]/g, ''));
    expect(difference).toBeGreaterThan(1000);
    await calculator.close();

    // Answer with the calculator's figure, submit, and let the server grade it.
    await question.getByLabel(/Your answer/).fill(String(Math.round(difference)));
    await page.getByRole('button', { name: 'Submit answers' }).click();
    const unanswered = page.getByRole('button', { name: 'Submit anyway' });
    if (await unanswered.isVisible().catch(() => false)) await unanswered.click();
    const verdict = page.locator('li.feedback[data-key="costs/lamps-difference"] .feedback__verdict');
    await verdict.waitFor();
    expect((await verdict.innerText()).trim()).toMatch(/^✓\s*Correct/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
