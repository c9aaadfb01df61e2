import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkCurriculum, formatProblem, sourceHash } from '@academy/curriculum';
import { strFromU8, unzipSync } from 'fflate';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { importCurriculumFolder, readRelease } from '../curriculum/index.js';
import { workspaceCast, workspaceFixture } from './workspace.fixtures.js';

const fixture = workspaceFixture();
// An edition of this spec's own: workspace rows are keyed by edition id.
const E = 'dorp';
cpSync(join(fixture.root, 'editions/town'), join(fixture.root, `editions/${E}`), {
  recursive: true,
});
fixture.edit(`editions/${E}/edition.yaml`, 'id: town', `id: ${E}`);
// A module without a question bank: its lessons may be hidden.
const lessonText = (title: string) =>
  `---\ntitle: ${title}\nminutes: 5\nobjectives:\n  - Read.\nsources:\n  - { title: Directive 2014/24/EU, publisher: European Union, year: 2014 }\n---\n\n## ${title}\n\nText.\n`;
for (const [rel, text] of [
  ['modules/extra/module.yaml', 'slug: extra\nlessons: [one, two]\n'],
  ['modules/extra/module.en.yaml', 'title: Extra\nsummary: More.\n'],
  ['modules/extra/lessons/one.en.md', lessonText('One')],
  ['modules/extra/lessons/two.en.md', lessonText('Two')],
] as const) {
  mkdirSync(dirname(join(fixture.root, rel)), { recursive: true });
  writeFileSync(join(fixture.root, rel), text);
}
fixture.edit('courses/basics.yaml', '[intro, costs]', '[intro, costs, extra]');

const FIRST = 'modules/intro/lessons/first.en.md';
const CHAIRS = 'practices/office-chairs.en.md';
const LOCAL = 'practices/dorp-repair-cafe.en.md';
const coreFirst = readFileSync(join(fixture.root, FIRST), 'utf8');
const coreChairs = readFileSync(join(fixture.root, CHAIRS), 'utf8');
const LOCAL_TEXT = `---
title: Repair café contract in Dorp
organisation: Example Town
country: NL
year: 2025
productGroup: furniture
strategies: [repair]
summary: Chairs repaired by a local social enterprise.
results: As reported by the town.
lessons: Ask local repairers early.
sources:
  - { title: Town council decision on repair, url: 'https://example.org/repair' }
---

The town had its chairs repaired.
`;

const FILE_FIELDS = 'edition path text baseText version adapted';
const OVERVIEW = `query($edition: String!) { workspaceAdaptation(edition: $edition) {
  sourceLocale adaptations { path kind version updatedByName }
  lessons { module slug title hidden overridden quizDrawn }
  practices { slug title local overridden }
  lcc { currency discountRate discountRateSource { title publisher year url } version } } }`;
const FILE = `query($input: AdaptationFileInput!) { workspaceAdaptationFile(input: $input) { ${FILE_FIELDS} } }`;
const CHECK = `query($input: CheckAdaptationInput!) { checkWorkspaceAdaptation(input: $input) { line message severity } }`;
const SAVE = `mutation($input: SaveAdaptationInput!) { saveWorkspaceAdaptation(input: $input) { ${FILE_FIELDS} } }`;
const REMOVE = `mutation($input: RemoveAdaptationInput!) { removeWorkspaceAdaptation(input: $input) { ${FILE_FIELDS} } }`;
const LCC = `mutation($input: SetLccDefaultsInput!) { setWorkspaceLccDefaults(input: $input) {
  currency discountRate discountRateSource { title publisher year url } version } }`;
const HIDE = `mutation($input: HideLessonInput!) { hideWorkspaceLesson(input: $input) { lessons { module slug hidden } } }`;
const PUBLISH = `mutation($edition: String!) { publishWorkspaceEdition(input: { edition: $edition }) { status releaseId version contentHash } }`;
const PREVIEW = `query($module: String!, $lesson: String!) { workspaceLessonPreview(edition: "dorp", locale: "en", module: $module, lesson: $lesson) {
  title html moduleLessons { slug } } }`;

type AdaptFile = {
  edition: string;
  path: string;
  text: string;
  baseText: string;
  version: number;
  adapted: boolean;
};
type Overview = {
  adaptations: { path: string; kind: string; version: number; updatedByName: string | null }[];
  lessons: {
    module: string;
    slug: string;
    hidden: boolean;
    overridden: boolean;
    quizDrawn: boolean;
  }[];
  practices: { slug: string; title: string; local: boolean; overridden: boolean }[];
  lcc: { currency: string | null; discountRate: number | null; version: number };
};

let t: TestApp;
let anna: TestClient;
let bert: TestClient;
let cityEditor: TestClient;
let learner: TestClient;

const overview = async (client: TestClient = anna) => {
  const res = await client.gql<{ workspaceAdaptation: Overview }>(OVERVIEW, { edition: E });
  expect(res.errors).toBeUndefined();
  return res.data!.workspaceAdaptation;
};

async function open(path: string): Promise<AdaptFile> {
  const res = await anna.gql<{ workspaceAdaptationFile: AdaptFile }>(FILE, {
    input: { edition: E, path },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.workspaceAdaptationFile;
}

async function save(client: TestClient, path: string, text: string, expectedVersion: number) {
  return client.gql<{ saveWorkspaceAdaptation: AdaptFile }>(SAVE, {
    input: { edition: E, path, text, expectedVersion },
  });
}

const hide = (module: string, lesson: string, hidden = true) =>
  anna.gql<{ hideWorkspaceLesson: Overview }>(HIDE, {
    input: { edition: E, module, lesson, hidden },
  });

beforeAll(async () => {
  t = await bootTestApp({ CURRICULUM_DIR: fixture.root });
  await importCurriculumFolder(t.dataSource, fixture.root);
  ({ anna, bert, cityEditor, learner } = await workspaceCast(t, E));
}, 60_000);
afterAll(async () => {
  fixture.cleanup();
  await t?.close();
});

describe('local adaptation in the workspace', () => {
  it('refuses learners and editors of another edition', async () => {
    for (const client of [learner, cityEditor]) {
      for (const [q, v] of [
        [OVERVIEW, { edition: E }],
        [FILE, { input: { edition: E, path: FIRST } }],
        [SAVE, { input: { edition: E, path: FIRST, text: coreFirst, expectedVersion: 0 } }],
        [LCC, { input: { edition: E, currency: 'SEK', expectedVersion: 0 } }],
        [HIDE, { input: { edition: E, module: 'extra', lesson: 'two', hidden: true } }],
        [REMOVE, { input: { edition: E, path: FIRST, expectedVersion: 1 } }],
      ] as const) {
        const res = await client.gql(q, v);
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
  });

  it('overrides a lesson with the CLI validator’s messages, recording the core hash', async () => {
    const file = await open(FIRST);
    expect(file).toMatchObject({
      text: coreFirst,
      baseText: coreFirst,
      version: 0,
      adapted: false,
    });
    const broken = coreFirst.replace('keeps value.', 'keeps value. [[term:nope|iets]]');
    const check = await anna.gql<{ checkWorkspaceAdaptation: { message: string }[] }>(CHECK, {
      input: { edition: E, path: FIRST, text: broken },
    });
    expect(check.data?.checkWorkspaceAdaptation).toEqual([
      { line: 15, message: 'unknown glossary term "nope"', severity: 'error' },
    ]);
    const refused = await save(anna, FIRST, broken, 0);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ADAPTATION_INVALID',
      problems: [{ line: 15, message: 'unknown glossary term "nope"', severity: 'error' }],
    });

    const own = coreFirst
      .replace('title: Linear versus circular', 'title: Linear versus circular in Dorp')
      .replace('keeps value.', 'keeps value, as Dorp learned.');
    const saved = await save(anna, FIRST, own, 0);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveWorkspaceAdaptation).toMatchObject({ version: 1, adapted: true });
    expect(saved.data!.saveWorkspaceAdaptation.text).toContain(
      `overrides: ${sourceHash(Buffer.from(coreFirst))}`,
    );
    // Bert started from the core text: his save is a conflict that shows Anna's text.
    const stale = await save(bert, FIRST, own.replace('Dorp learned', 'Bert wrote'), 0);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ADAPTATION_CHANGED',
      version: 1,
      text: saved.data!.saveWorkspaceAdaptation.text,
    });
    const lesson = (await overview()).lessons.find((l) => l.slug === 'first')!;
    expect(lesson).toMatchObject({ overridden: true, hidden: false, quizDrawn: true });
    const preview = await anna.gql<{ workspaceLessonPreview: { title: string; html: string } }>(
      PREVIEW,
      { module: 'intro', lesson: 'first' },
    );
    expect(preview.data?.workspaceLessonPreview.title).toBe('Linear versus circular in Dorp');
  });

  it('overrides a practice, and removing it can be undone', async () => {
    const own = coreChairs.replace('The story of the chairs.', 'The story of the chairs, in Dorp.');
    const saved = await save(anna, CHAIRS, own, 0);
    expect(saved.errors).toBeUndefined();
    const removed = await anna.gql<{ removeWorkspaceAdaptation: AdaptFile }>(REMOVE, {
      input: { edition: E, path: CHAIRS, expectedVersion: 1 },
    });
    expect(removed.data?.removeWorkspaceAdaptation).toMatchObject({ adapted: false, version: 0 });
    expect(removed.data?.removeWorkspaceAdaptation.text).toContain('in Dorp.');
    expect((await open(CHAIRS)).adapted).toBe(false);
    // Undo: the removed text saved again.
    const undone = await save(anna, CHAIRS, removed.data!.removeWorkspaceAdaptation.text, 0);
    expect(undone.data?.saveWorkspaceAdaptation).toMatchObject({ version: 1, adapted: true });
    expect((await open(CHAIRS)).text).toContain('in Dorp.');
  });

  it('adds a local good practice, validated like any practice', async () => {
    const unsourced = LOCAL_TEXT.replace('productGroup: furniture', 'productGroup: lamps');
    const refused = await save(anna, LOCAL, unsourced, 0);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'ADAPTATION_INVALID',
      problems: [
        expect.objectContaining({ message: expect.stringContaining('productGroup "lamps"') }),
      ],
    });
    const saved = await save(anna, LOCAL, LOCAL_TEXT, 0);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveWorkspaceAdaptation.text).not.toContain('overrides:');
    const o = await overview();
    expect(o.practices).toContainEqual({
      slug: 'dorp-repair-cafe',
      title: 'Repair café contract in Dorp',
      local: true,
      overridden: false,
    });
    expect(o.adaptations).toContainEqual({
      path: LOCAL,
      kind: 'practice',
      version: 1,
      updatedByName: 'Anna Editor',
    });
  });

  it('sets LCC defaults; a discount rate without its source is refused', async () => {
    const without = await anna.gql(LCC, {
      input: { edition: E, currency: 'SEK', discountRate: 0.035, expectedVersion: 0 },
    });
    expect(without.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DISCOUNT_RATE_SOURCE_REQUIRED',
      fields: [{ field: 'discountRateSource' }],
    });
    const source = {
      title: 'Dorp finance regulation',
      publisher: 'Town of Dorp',
      year: 2025,
      url: 'https://example.org/finance',
    };
    const res = await anna.gql<{ setWorkspaceLccDefaults: Overview['lcc'] }>(LCC, {
      input: {
        edition: E,
        currency: 'SEK',
        discountRate: 0.035,
        discountRateSource: source,
        expectedVersion: 0,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.setWorkspaceLccDefaults).toEqual({
      currency: 'SEK',
      discountRate: 0.035,
      discountRateSource: source,
      version: 1,
    });
    expect((await overview()).lcc).toMatchObject({ currency: 'SEK', discountRate: 0.035 });
  });

  it('refuses to hide a lesson whose quiz questions are still drawn, naming them', async () => {
    const res = await hide('intro', 'first');
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LESSON_QUIZ_DRAWN',
      module: 'intro',
      lesson: 'first',
      questions: ['linear-definition', 'pick-strategies', 'labels-equal'],
      drawnBy: ['the module quiz', 'final assessment "final"'],
    });
    expect(res.errors?.[0]?.message).toContain('linear-definition, pick-strategies, labels-equal');
    expect((await overview()).adaptations.map((a) => a.path)).not.toContain(
      'modules/intro/module.yaml',
    );
  });

  it('hides a lesson of a module without a drawn quiz, and shows it again', async () => {
    const res = await hide('extra', 'two');
    expect(res.errors).toBeUndefined();
    expect(res.data!.hideWorkspaceLesson.lessons.filter((l) => l.module === 'extra')).toEqual([
      { module: 'extra', slug: 'one', hidden: false },
      { module: 'extra', slug: 'two', hidden: true },
    ]);
    const shown = await hide('extra', 'two', false);
    expect(shown.data!.hideWorkspaceLesson.lessons.find((l) => l.slug === 'two')?.hidden).toBe(
      false,
    );
    // Back as the folder has it: nothing left to publish for the module.
    expect((await overview()).adaptations.map((a) => a.path)).not.toContain(
      'modules/extra/module.yaml',
    );
    expect((await hide('extra', 'two')).errors).toBeUndefined();
  });

  it('lists the files an editor last changed in their personal-data export', async () => {
    const data = await anna.gql<{
      myPersonalData: { workspace: { adaptationsLastChanged: { file: string }[] } };
    }>(`{ myPersonalData }`);
    expect(data.data?.myPersonalData.workspace.adaptationsLastChanged.map((a) => a.file)).toEqual(
      expect.arrayContaining([FIRST, LOCAL, 'edition.yaml']),
    );
  });

  it('publishes the adaptations to learners and exports files the CLI validates into the same release', async () => {
    const pub = await anna.gql<{
      publishWorkspaceEdition: { status: string; releaseId: string; contentHash: string };
    }>(PUBLISH, { edition: E });
    expect(pub.errors).toBeUndefined();
    const { releaseId, contentHash, status } = pub.data!.publishWorkspaceEdition;
    expect(status).toBe('published');
    const seen = await learner.gql<{
      lesson: { title: string; html: string };
      practice: { title: string };
      lccDefaults: { currency: string; discountRate: number };
    }>(
      `query($r: ID) { lesson(module: "intro", slug: "first", locale: "en", releaseId: $r) { title html }
        practice(slug: "dorp-repair-cafe", locale: "en", releaseId: $r) { title }
        lccDefaults(locale: "en", releaseId: $r) { currency discountRate } }`,
      { r: releaseId },
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.lesson.title).toBe('Linear versus circular in Dorp');
    expect(seen.data?.lesson.html).toContain('as Dorp learned');
    expect(seen.data?.practice.title).toBe('Repair café contract in Dorp');
    expect(seen.data?.lccDefaults).toEqual({ currency: 'SEK', discountRate: 0.035 });
    const hidden = await learner.gql(
      `query($r: ID) { lesson(module: "extra", slug: "two", locale: "en", releaseId: $r) { title } }`,
      { r: releaseId },
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const res = await anna.gql<{ workspaceExport: { zipBase64: string; files: string[] } }>(
      `{ workspaceExport(edition: "dorp", locale: "nl") { zipBase64 files } }`,
    );
    const entries = unzipSync(Buffer.from(res.data!.workspaceExport.zipBase64, 'base64'));
    expect(Object.keys(entries).sort()).toEqual(
      [
        `editions/${E}/edition.yaml`,
        `editions/${E}/${FIRST}`,
        `editions/${E}/${CHAIRS}`,
        `editions/${E}/${LOCAL}`,
        `editions/${E}/modules/extra/module.yaml`,
      ].sort(),
    );
    expect(strFromU8(entries[`editions/${E}/edition.yaml`]!)).toContain(
      'title: Dorp finance regulation',
    );
    const copy = mkdtempSync(join(tmpdir(), 'academy-adaptation-export-'));
    try {
      cpSync(fixture.root, copy, { recursive: true });
      for (const [path, bytes] of Object.entries(entries)) {
        mkdirSync(dirname(join(copy, path)), { recursive: true });
        writeFileSync(join(copy, path), bytes);
      }
      expect(checkCurriculum(copy, { edition: E }).errors.map(formatProblem)).toEqual([]);
      expect(readRelease(copy, E).bundle.manifest.contentHash).toBe(contentHash);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
