import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCurriculum, formatProblem, translationStatus } from '@academy/curriculum';
import { strFromU8, unzipSync } from 'fflate';
import { grantRoleInDb, registerUser } from '../../test/factories.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import {
  CHECK,
  COMMENT,
  FILE,
  FIRST,
  GRANT,
  LAMPS,
  OVERVIEW,
  REVIEW,
  SAVE,
  workspaceFixture,
  type FileRow,
  type Seg,
} from './workspace.fixtures.js';

const fixture = workspaceFixture();

let t: TestApp;
let admin: TestClient;
let anna: TestClient;
let bert: TestClient;
let cityEditor: TestClient;
let learner: TestClient;
let host: TestClient;
const key = (segmentId: string, sourcePath = LAMPS) => ({
  edition: 'town',
  locale: 'nl',
  sourcePath,
  segmentId,
});

async function person(
  name: string,
  roles: ('editor' | 'host' | 'admin')[],
  editions: string[] = [],
): Promise<TestClient> {
  const client = t.client();
  const { id } = await registerUser(client, { displayName: name });
  for (const role of roles) await grantRoleInDb(t.dataSource, id, role);
  for (const edition of editions)
    expect((await admin.gql(GRANT, { input: { userId: id, edition } })).errors).toBeUndefined();
  return client;
}

async function file(client: TestClient, sourcePath = LAMPS): Promise<Seg[]> {
  const res = await client.gql<{ workspaceFile: { segments: Seg[] } }>(FILE, {
    edition: 'town',
    locale: 'nl',
    sourcePath,
  });
  expect(res.errors).toBeUndefined();
  return res.data!.workspaceFile.segments;
}

beforeAll(async () => {
  t = await bootTestApp({ CURRICULUM_DIR: fixture.root });
  admin = t.client();
  const a = await registerUser(admin, { displayName: 'Ada Admin' });
  await grantRoleInDb(t.dataSource, a.id, 'admin');
  anna = await person('Anna Editor', ['editor'], ['town']);
  bert = await person('Bert Editor', ['editor'], ['town']);
  cityEditor = await person('Cas City', ['editor'], ['city']);
  learner = await person('Lena Learner', []);
  host = await person('Hans Host', ['host']);
});
afterAll(async () => {
  fixture.cleanup();
  await t?.close();
});

describe('workspace scoping', () => {
  it('refuses learners, hosts and editors of another edition; only admins grant editions', async () => {
    for (const client of [learner, host]) {
      const res = await client.gql(OVERVIEW, { edition: 'town', locale: 'nl' });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const other = await cityEditor.gql(OVERVIEW, { edition: 'town', locale: 'nl' });
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_YOUR_EDITION',
    });
    const save = await cityEditor.gql(SAVE, {
      input: { ...key('fm.title'), target: 'Straatlantaarns', expectedVersion: 0 },
    });
    expect(save.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_YOUR_EDITION',
    });
    expect(
      (await cityEditor.gql(OVERVIEW, { edition: 'city', locale: 'nl' })).errors,
    ).toBeUndefined();
    const editions = await anna.gql<{ workspaceEditions: { id: string; locales: string[] }[] }>(
      `{ workspaceEditions { id locales } }`,
    );
    expect(editions.data?.workspaceEditions).toEqual([{ id: 'town', locales: ['nl'] }]);
    const grant = await anna.gql(GRANT, {
      input: { userId: '00000000-0000-4000-8000-000000000000', edition: 'town' },
    });
    expect(grant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await admin.gql(GRANT, {
      input: { userId: '00000000-0000-4000-8000-000000000000', edition: 'town' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await anna.gql(OVERVIEW, { edition: 'nowhere', locale: 'nl' })).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('overview and segments', () => {
  it('counts files from the repository: a current translation is complete, a new practice missing', async () => {
    const res = await anna.gql<{
      workspaceOverview: {
        totals: { wordsToDo: number };
        files: FileRow[];
      };
    }>(OVERVIEW, {
      edition: 'town',
      locale: 'nl',
    });
    expect(res.errors).toBeUndefined();
    const files = res.data!.workspaceOverview.files;
    const first = files.find((f) => f.sourcePath === FIRST)!;
    // The Dutch file is current but does not translate the objectives: that one segment is missing.
    expect(first).toMatchObject({ complete: first.segments - 1, missing: 1, outdated: 0 });
    const lamps = files.find((f) => f.sourcePath === LAMPS)!;
    expect(lamps.missing).toBe(lamps.segments);
    expect(lamps.words).toBeGreaterThan(10);
    expect(res.data!.workspaceOverview.totals.wordsToDo).toBeGreaterThanOrEqual(lamps.words);
  });

  it('shows the XLIFF segments with glossary terms and translation-memory suggestions', async () => {
    const segs = await file(anna);
    expect(segs.map((s) => s.id)).toEqual([
      'fm.title',
      'fm.summary',
      'fm.results',
      'fm.lessons',
      'body.1',
      'body.2',
    ]);
    const close = segs.find((s) => s.id === 'body.2')!;
    expect(close).toMatchObject({ status: 'missing', target: null, version: 0 });
    expect(close.terms).toContainEqual({
      id: 'circular-procurement',
      term: expect.any(String),
      translation: 'circulair inkopen',
    });
    expect(close.suggestions[0]).toMatchObject({ origin: 'modules/intro/lessons/first.nl.md' });
    expect(close.suggestions[0]!.target).toContain('Een lineaire aankoop eindigt als afval.');
    expect(close.suggestions[0]!.score).toBeGreaterThan(80);
    expect(close.suggestions[0]!.score).toBeLessThan(100);
  });
});

describe('saving, conflicts and review', () => {
  it('saves with the expected version and reports a stale save as a conflict with the current text', async () => {
    const saved = await anna.gql<{ saveWorkspaceSegment: Seg }>(SAVE, {
      input: { ...key('fm.title'), target: 'LED-straatlantaarns in onze stad', expectedVersion: 0 },
    });
    expect(saved.data?.saveWorkspaceSegment).toMatchObject({
      status: 'translated',
      version: 1,
      authorName: 'Anna Editor',
      canReview: false,
    });
    const stale = await bert.gql(SAVE, {
      input: { ...key('fm.title'), target: 'Straatverlichting', expectedVersion: 0 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SEGMENT_CHANGED',
      currentVersion: 1,
      currentTarget: 'LED-straatlantaarns in onze stad',
    });
    expect((await file(bert)).find((s) => s.id === 'fm.title')?.target).toBe(
      'LED-straatlantaarns in onze stad',
    );
  });

  it('lets exactly one of two concurrent saves of the same version in', async () => {
    const [a, b] = await Promise.all([
      anna.gql(SAVE, {
        input: { ...key('fm.summary'), target: 'Licht als dienst.', expectedVersion: 0 },
      }),
      bert.gql(SAVE, {
        input: { ...key('fm.summary'), target: 'Licht als service.', expectedVersion: 0 },
      }),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]?.extensions?.code : 'saved')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'saved']);
    const kept = (await file(anna)).find((s) => s.id === 'fm.summary')!;
    expect(kept.version).toBe(1);
    expect([a, b].find((r) => !r.errors)?.data).toMatchObject({
      saveWorkspaceSegment: { target: kept.target },
    });
  });

  it('refuses a review by the translator; a second editor reviews', async () => {
    const own = await anna.gql(REVIEW, { input: { ...key('fm.title'), expectedVersion: 1 } });
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OWN_TRANSLATION',
    });
    expect((await file(bert)).find((s) => s.id === 'fm.title')?.canReview).toBe(true);
    const reviewed = await bert.gql<{ reviewWorkspaceSegment: Seg }>(REVIEW, {
      input: { ...key('fm.title'), expectedVersion: 1 },
    });
    expect(reviewed.data?.reviewWorkspaceSegment).toMatchObject({
      status: 'reviewed',
      version: 2,
      reviewerName: 'Bert Editor',
    });
    const again = await bert.gql(REVIEW, { input: { ...key('fm.title'), expectedVersion: 1 } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const res = await anna.gql<{
      workspaceOverview: { files: FileRow[] };
    }>(OVERVIEW, { edition: 'town', locale: 'nl' });
    expect(res.data!.workspaceOverview.files.find((f) => f.sourcePath === LAMPS)).toMatchObject({
      complete: 2,
      unreviewed: 1,
    });
  });

  it('shows a segment whose source changed upstream as outdated, with the previous source', async () => {
    await t.dataSource.query(
      `UPDATE workspace_segments SET source_text = 'LED lamps in our town' WHERE edition_key = 'town' AND source_path = $1 AND segment_id = 'fm.title'`,
      [LAMPS],
    );
    const seg = (await file(anna)).find((s) => s.id === 'fm.title')!;
    expect(seg).toMatchObject({
      status: 'outdated',
      previousSource: 'LED lamps in our town',
      source: 'LED street lamps in our town',
      canReview: false,
    });
  });

  it('offers segments translated in the browser as translation memory', async () => {
    const second = 'modules/intro/lessons/second.en.md';
    const before = (await file(anna, second)).find(
      (s) => s.source === 'The town buys light again.',
    )!;
    expect(before.suggestions).toEqual([]);
    const saved = await anna.gql(SAVE, {
      input: { ...key('body.1'), target: 'De gemeente koopt licht.', expectedVersion: 0 },
    });
    expect(saved.errors).toBeUndefined();
    const after = (await file(bert, second)).find((s) => s.id === before.id)!;
    expect(after.suggestions).toEqual([
      { target: 'De gemeente koopt licht.', score: 77, origin: `workspace: ${LAMPS}` },
    ]);
  });

  it('keeps comments per segment', async () => {
    const res = await bert.gql<{ addWorkspaceComment: Seg }>(COMMENT, {
      input: { ...key('body.1'), body: 'Use "de gemeente" here?' },
    });
    expect(res.data?.addWorkspaceComment.comments).toEqual([
      { body: 'Use "de gemeente" here?', authorName: 'Bert Editor' },
    ]);
    expect((await file(anna)).find((s) => s.id === 'body.1')?.comments).toHaveLength(1);
  });
});

describe('validation as the editor types', () => {
  it('reports the CLI validator’s messages and the segment’s structure', async () => {
    const check = async (segmentId: string, target: string, sourcePath = FIRST) => {
      const res = await anna.gql<{ checkWorkspaceSegment: { message: string }[] }>(CHECK, {
        input: { ...key(segmentId, sourcePath), target },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.checkWorkspaceSegment.map((p) => p.message);
    };
    expect(
      await check(
        'body.2',
        'Een lineaire aankoop eindigt als afval. [[term:circular-procurement|Circulair inkopen]] houdt waarde vast.',
      ),
    ).toEqual([]);
    expect(await check('body.2', 'Een aankoop. [[term:nope|Iets]]')).toEqual([
      'unknown glossary term "nope"',
      'the source links to term:circular-procurement; keep that reference in the translation',
    ]);
    expect(await check('body.1', 'Nemen, maken, weggooien')).toEqual([
      'the source is a level-2 heading (##); keep it',
    ]);
    expect(
      await check('body.2', 'Eerste alinea.\n\nTweede [[term:circular-procurement|x]].'),
    ).toEqual([
      'blank line inside a segment: it would split the paragraph; keep one paragraph per segment',
    ]);
    const save = await anna.gql(SAVE, {
      input: { ...key('body.1'), target: '   ', expectedVersion: 0 },
    });
    expect(save.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('export', () => {
  it('zips complete files under the edition folder; the CLI validator accepts them', async () => {
    const EXPORT = `query($edition: String!, $locale: String!) { workspaceExport(edition: $edition, locale: $locale) { filename zipBase64 files incomplete } }`;
    type Export = { filename: string; zipBase64: string; files: string[]; incomplete: string[] };
    const partial = await anna.gql<{ workspaceExport: Export }>(EXPORT, {
      edition: 'town',
      locale: 'nl',
    });
    expect(partial.data?.workspaceExport).toMatchObject({
      files: [],
      incomplete: [`editions/town/${LAMPS}`],
    });
    expect(
      (await cityEditor.gql(EXPORT, { edition: 'town', locale: 'nl' })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');

    // Translate what is left (the outdated title again, from its current version).
    for (const seg of await file(anna)) {
      if (seg.status === 'translated' || seg.status === 'reviewed') continue;
      const res = await anna.gql(SAVE, {
        input: {
          ...key(seg.id),
          target: `NL ${seg.source}`.replace(
            '[[term:circular-procurement|Circular buying]]',
            '[[term:circular-procurement|Circulair inkopen]]',
          ),
          expectedVersion: seg.version,
        },
      });
      expect(res.errors).toBeUndefined();
    }
    const res = await anna.gql<{ workspaceExport: Export }>(EXPORT, {
      edition: 'town',
      locale: 'nl',
    });
    const out = res.data!.workspaceExport;
    expect(out).toMatchObject({
      filename: 'town-nl.zip',
      files: ['editions/town/practices/town-lamps.nl.md'],
      incomplete: [],
    });
    const entries = unzipSync(Buffer.from(out.zipBase64, 'base64'));
    const text = strFromU8(entries['editions/town/practices/town-lamps.nl.md']!);
    expect(text).toContain('title: NL LED street lamps in our town');
    expect(text).toContain('De gemeente koopt licht.');

    // Unzipped over the folder, the edition validates and the practice counts as translated.
    for (const [path, bytes] of Object.entries(entries))
      writeFileSync(join(fixture.root, path), bytes);
    const { errors, model } = checkCurriculum(fixture.root, { edition: 'town' });
    expect(errors.map(formatProblem)).toEqual([]);
    const item = translationStatus(model, { locale: 'nl' })
      .rows.flatMap((r) => r.items)
      .find((i) => i.sourcePath === LAMPS);
    expect(item?.state).toBe('complete');
  });
});
