import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCurriculumFolder } from '../../curriculum/import-bundled.js';
import { curriculumCopy } from '../../../test/curriculum-fixture.js';
import { bootTestApp, type TestApp } from '../../../test/test-app.js';
import { createCohort, hostClient, JOIN, learnerClient } from '../cohort.fixtures.js';
import { writeKit } from './kit.fixtures.js';

let t: TestApp;
let releaseId: string;
const fixture = curriculumCopy();
const tmp = mkdtempSync(join(tmpdir(), 'kit-pdf-'));

beforeAll(async () => {
  writeKit(fixture.root, fixture.edit);
  t = await bootTestApp();
  const [core] = await importCurriculumFolder(t.dataSource, fixture.root);
  releaseId = core!.releaseId;
});
afterAll(async () => {
  fixture.cleanup();
  rmSync(tmp, { recursive: true, force: true });
  await t?.close();
});

/** The text of a PDF as poppler's pdftotext extracts it. */
function pdfText(bytes: Buffer): string {
  const file = join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('the workshop kit', () => {
  it('gives the cohort’s host a keyboard-driven slide deck in the chosen language, safely rendered', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId, { locale: 'nl' });
    const index = await host.client.gql<{
      cohortWorkshopKit: {
        locale: string;
        locales: string[];
        modules: { slug: string; slides: boolean; cards: boolean }[];
        evaluationForm: boolean;
        trainerGuide: boolean;
      };
    }>(
      `query($id: ID!) { cohortWorkshopKit(cohortId: $id) { locale locales modules { slug title slides cards } evaluationForm trainerGuide } }`,
      { id: cohort.id },
    );
    expect(index.errors).toBeUndefined();
    expect(index.data?.cohortWorkshopKit).toMatchObject({
      locale: 'nl',
      locales: ['en', 'nl', 'de', 'bg'],
      evaluationForm: true,
      trainerGuide: true,
      modules: [
        { slug: 'intro', slides: true, cards: true },
        { slug: 'costs', slides: false, cards: false },
      ],
    });

    const nl = await host.client.agent.get(`/cohorts/${cohort.id}/kit/intro/slides.html`);
    expect(nl.status).toBe(200);
    expect(nl.headers['content-type']).toContain('text/html');
    expect(nl.headers['content-security-policy']).toContain("default-src 'none'");
    expect(nl.text).toContain('<html lang="nl">');
    expect(nl.text).toContain('Kringlopen sluiten');
    const en = await host.client.agent.get(
      `/cohorts/${cohort.id}/kit/intro/slides.html?locale=en&download=1`,
    );
    expect(en.headers['content-disposition']).toMatch(
      /^attachment; filename="intro-slides-en.html"/,
    );
    expect(en.text).toContain('<strong>use</strong>');
    expect(en.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(en.text.match(/<script>/g)).toHaveLength(1);
    // Title slide, two slides, sources: four sections, and the counter says so.
    expect(en.text.match(/<section class="slide/g)).toHaveLength(4);
    expect(en.text).toContain('<span id="total">4</span>');
    expect(en.text).toContain('https://example.org/guide');
  });

  it('gives the host printable A4 PDFs: cards (Cyrillic too), the evaluation form and the guide', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const get = (path: string) =>
      host.client.agent
        .get(`/cohorts/${cohort.id}/kit/${path}`)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });

    const cards = await get('intro/cards.pdf');
    expect(cards.status).toBe(200);
    expect(cards.headers['content-type']).toBe('application/pdf');
    const bytes = cards.body as Buffer;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('Finance controller');
    expect(text).toContain('Which budget pays for this?');
    expect(text).toContain('Biggest risk');
    expect(text).toContain('Public Procurement for a Circular Economy');

    const bg = pdfText((await get('intro/cards.pdf?locale=bg')).body as Buffer);
    expect(bg).toContain('Финансов контрольор');
    expect(bg).toContain('КАРТА С РОЛЯ');

    const form = pdfText((await get('evaluation-form.pdf')).body as Buffer);
    expect(form).toContain('Workshop evaluation');
    expect(form).toContain('What should change?');
    const guide = pdfText((await get('train-the-trainer.pdf')).body as Buffer);
    expect(guide).toContain('Download the kit from the cohort page.');
    expect(guide).toContain('Welcome');
  });

  it('refuses participants, other hosts, strangers and bad input', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const participant = await learnerClient(t);
    expect((await participant.client.gql(JOIN, { code: cohort.joinCode })).errors).toBeUndefined();
    const otherHost = await hostClient(t);
    for (const path of [
      'intro/slides.html',
      'intro/cards.pdf',
      'evaluation-form.pdf',
      'train-the-trainer.pdf',
    ]) {
      expect((await participant.client.agent.get(`/cohorts/${cohort.id}/kit/${path}`)).status).toBe(
        404,
      );
      expect((await otherHost.client.agent.get(`/cohorts/${cohort.id}/kit/${path}`)).status).toBe(
        404,
      );
      expect((await t.client().agent.get(`/cohorts/${cohort.id}/kit/${path}`)).status).toBe(401);
    }
    const refused = await participant.client.gql(
      `query($id: ID!) { cohortWorkshopKit(cohortId: $id) { locale } }`,
      { id: cohort.id },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await host.client.agent.get(`/cohorts/${cohort.id}/kit/costs/slides.html`)).status,
    ).toBe(404);
    expect(
      (await host.client.agent.get(`/cohorts/${cohort.id}/kit/intro/slides.html?locale=%3Cx%3E`))
        .status,
    ).toBe(400);
  });
});
