import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { grantRoleInDb, PASSWORD, registerUser, uniqueEmail } from '../../test/factories.js';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { importCurriculumFolder } from '../curriculum/index.js';
import {
  FILE,
  FIRST,
  GRANT,
  LAMPS,
  REVIEW,
  SAVE,
  workspaceFixture,
  type Seg,
} from './workspace.fixtures.js';

// Two deployments of one curriculum folder on one database: core release 1.2.0, then 1.3.0 with
// changed sources. Each app reads the folder once, as a replica does.
// The edition under an id of its own: workspace rows are keyed by edition, and other specs on
// this database use "town".
const fixture = workspaceFixture();
const E = 'harbour';
renameSync(join(fixture.root, 'editions/town'), join(fixture.root, `editions/${E}`));
fixture.edit(`editions/${E}/edition.yaml`, 'id: town', `id: ${E}`);
const LCC = 'modules/costs/lessons/lcc-basics.en.md';
const OUTDATED = `query($edition: String!, $locale: String!) { workspaceOutdated(edition: $edition, locale: $locale) {
  coreVersion files { sourcePath outdated }
  segments { sourcePath segmentId position source previousSource target translatedAgainst origin version } } }`;
const NEXT = `query($edition: String!, $locale: String!, $afterSourcePath: String, $afterSegmentId: String) {
  workspaceNextOutdated(edition: $edition, locale: $locale, afterSourcePath: $afterSourcePath, afterSegmentId: $afterSegmentId) {
    sourcePath segmentId } }`;
const CONFIRM = `mutation($input: ConfirmWorkspaceSegmentInput!) { confirmWorkspaceSegment(input: $input) {
  id status target previousSource version authorName reviewerName } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id } }`;

interface Outdated {
  sourcePath: string;
  segmentId: string;
  position: number;
  source: string;
  previousSource: string | null;
  target: string;
  translatedAgainst: string | null;
  origin: string;
  version: number;
}

let v1: TestApp;
let v2: TestApp;
const people: Record<string, { email: string; client: TestClient }> = {};
const key = (sourcePath: string, segmentId: string) => ({
  edition: E,
  locale: 'nl',
  sourcePath,
  segmentId,
});

async function signIn(app: TestApp, name: string): Promise<TestClient> {
  const client = app.client();
  const res = await client.gql(LOGIN, {
    input: { email: people[name]!.email, password: PASSWORD },
  });
  expect(res.errors).toBeUndefined();
  return client;
}

async function ok<T>(client: TestClient, query: string, variables: Record<string, unknown>) {
  const res = await client.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const segmentOf = async (client: TestClient, sourcePath: string, id: string) =>
  (
    await ok<{ workspaceFile: { segments: Seg[] } }>(client, FILE, {
      edition: E,
      locale: 'nl',
      sourcePath,
    })
  ).workspaceFile.segments.find((s) => s.id === id)!;

const outdated = async (client: TestClient) =>
  (
    await ok<{
      workspaceOutdated: {
        coreVersion: string;
        files: { sourcePath: string; outdated: number }[];
        segments: Outdated[];
      };
    }>(client, OUTDATED, { edition: E, locale: 'nl' })
  ).workspaceOutdated;

beforeAll(async () => {
  v1 = await bootTestApp({ CURRICULUM_DIR: fixture.root });
  await importCurriculumFolder(v1.dataSource, fixture.root);
  const admin = v1.client();
  const a = await registerUser(admin, { displayName: 'Ada Admin' });
  await grantRoleInDb(v1.dataSource, a.id, 'admin');
  for (const name of ['Anna', 'Bert']) {
    const client = v1.client();
    const email = uniqueEmail('upstream');
    const { id } = await registerUser(client, { email, displayName: `${name} Editor` });
    await grantRoleInDb(v1.dataSource, id, 'editor');
    await ok(admin, GRANT, { input: { userId: id, edition: E } });
    people[name] = { email, client };
  }
  const { Anna: anna, Bert: bert } = people as Record<string, { client: TestClient }>;
  // Against release 1.2.0: Anna translates, Bert reviews three of them.
  const translations: [string, string, string][] = [
    [FIRST, 'fm.objectives.0', 'Leg lineair en circulair inkopen uit.'],
    [LCC, 'fm.title', 'Basis van levenscycluskosten'],
    [LAMPS, 'fm.title', 'LED-straatlantaarns in onze stad'],
  ];
  for (const [path, id, target] of translations) {
    await ok(anna!.client, SAVE, { input: { ...key(path, id), target, expectedVersion: 0 } });
    await ok(bert!.client, REVIEW, { input: { ...key(path, id), expectedVersion: 1 } });
  }

  // Core release 1.3.0 lands: two core sources changed, the edition's practice did not.
  fixture.edit('curriculum.yaml', /^version: .*$/m, 'version: 1.3.0');
  fixture.edit(
    'CHANGELOG.md',
    '## [1.2.0]',
    '## [1.3.0] - 2026-12-01\n\n### Changed\n- Clearer wording.\n\n## [1.2.0]',
  );
  fixture.edit(
    'modules/intro/lessons/first.en.md',
    'Explain linear and circular buying.',
    'Explain linear and circular purchasing.',
  );
  fixture.edit(
    'modules/costs/lessons/lcc-basics.en.md',
    'title: Life-cycle costing basics',
    'title: "Life-cycle costing: the basics"',
  );
  v2 = await bootTestApp({ CURRICULUM_DIR: fixture.root });
  await importCurriculumFolder(v2.dataSource, fixture.root);
}, 120_000);
afterAll(async () => {
  fixture.cleanup();
  await v1?.close();
  await v2?.close();
});

describe('upstream updates after a new core release', () => {
  it('lists the outdated segments across files, with both sources and the release translated against', async () => {
    const anna = await signIn(v2, 'Anna');
    const list = await outdated(anna);
    expect(list.coreVersion).toBe('1.3.0');
    const objective = list.segments.find(
      (s) => s.sourcePath === FIRST && s.segmentId === 'fm.objectives.0',
    );
    expect(objective).toEqual({
      sourcePath: FIRST,
      segmentId: 'fm.objectives.0',
      position: expect.any(Number),
      source: 'Explain linear and circular purchasing.',
      previousSource: 'Explain linear and circular buying.',
      target: 'Leg lineair en circulair inkopen uit.',
      translatedAgainst: '1.2.0',
      origin: 'workspace',
      version: 2,
    });
    expect(list.segments.find((s) => s.sourcePath === LCC)).toMatchObject({
      segmentId: 'fm.title',
      source: 'Life-cycle costing: the basics',
      previousSource: 'Life-cycle costing basics',
      translatedAgainst: '1.2.0',
    });
    // The repository's Dutch lesson was written for the old source: outdated, with no old text kept.
    const heading = list.segments.find((s) => s.sourcePath === FIRST && s.segmentId === 'body.1');
    expect(heading).toMatchObject({
      origin: 'repository',
      previousSource: null,
      translatedAgainst: null,
      target: '## Nemen, maken, weggooien',
      version: 0,
    });
    // Made against 1.2.0 and unchanged in 1.3.0: still current (outdated is per row, not per release).
    expect(list.files.map((f) => f.sourcePath)).not.toContain(LAMPS);
    expect(await segmentOf(anna, LAMPS, 'fm.title')).toMatchObject({ status: 'reviewed' });
    expect(list.files.find((f) => f.sourcePath === LCC)?.outdated).toBe(1);
    expect(list.files.reduce((n, f) => n + f.outdated, 0)).toBe(list.segments.length);
    // The per-file editor shows the same change.
    expect(await segmentOf(anna, LCC, 'fm.title')).toMatchObject({
      status: 'outdated',
      previousSource: 'Life-cycle costing basics',
    });
  });

  it('keeps the old replica, still on 1.2.0, comparing with its own source', async () => {
    const bert = await signIn(v1, 'Bert');
    expect(await segmentOf(bert, LCC, 'fm.title')).toMatchObject({
      status: 'reviewed',
      previousSource: null,
    });
    expect((await outdated(bert)).coreVersion).toBe('1.2.0');
  });

  it('moves to the next outdated segment from file to file, wrapping around', async () => {
    const anna = await signIn(v2, 'Anna');
    const { segments, files } = await outdated(anna);
    expect(files.length).toBeGreaterThanOrEqual(2);
    const next = async (after?: Outdated) =>
      (
        await ok<{ workspaceNextOutdated: { sourcePath: string; segmentId: string } | null }>(
          anna,
          NEXT,
          {
            edition: E,
            locale: 'nl',
            afterSourcePath: after?.sourcePath ?? null,
            afterSegmentId: after?.segmentId ?? null,
          },
        )
      ).workspaceNextOutdated;
    expect(await next()).toEqual({
      sourcePath: segments[0]!.sourcePath,
      segmentId: segments[0]!.segmentId,
    });
    // The last segment of the first file leads to the first of the second file.
    const lastOfFirst = segments.filter((s) => s.sourcePath === files[0]!.sourcePath).at(-1)!;
    const firstOfSecond = segments.find((s) => s.sourcePath === files[1]!.sourcePath)!;
    expect(await next(lastOfFirst)).toEqual({
      sourcePath: firstOfSecond.sourcePath,
      segmentId: firstOfSecond.segmentId,
    });
    expect(await next(segments.at(-1))).toEqual({
      sourcePath: segments[0]!.sourcePath,
      segmentId: segments[0]!.segmentId,
    });
  });

  it('records "still correct": the translation stays, now current; the review survives only four eyes', async () => {
    const anna = await signIn(v2, 'Anna');
    const bert = await signIn(v2, 'Bert');
    // Bert (not the translator) confirms the objective: still reviewed.
    const objective = await ok<{ confirmWorkspaceSegment: Seg }>(bert, CONFIRM, {
      input: { ...key(FIRST, 'fm.objectives.0'), expectedVersion: 2 },
    });
    expect(objective.confirmWorkspaceSegment).toMatchObject({
      status: 'reviewed',
      target: 'Leg lineair en circulair inkopen uit.',
      previousSource: null,
      version: 3,
      reviewerName: 'Bert Editor',
    });
    const stale = await anna.gql(CONFIRM, {
      input: { ...key(FIRST, 'fm.objectives.0'), expectedVersion: 2 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SEGMENT_CHANGED',
      currentVersion: 3,
    });
    const current = await anna.gql(CONFIRM, {
      input: { ...key(LAMPS, 'fm.title'), expectedVersion: 2 },
    });
    expect(current.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_OUTDATED',
    });
    // Anna confirms her own: it needs a second editor's review again.
    const own = await ok<{ confirmWorkspaceSegment: Seg }>(anna, CONFIRM, {
      input: { ...key(LCC, 'fm.title'), expectedVersion: 2 },
    });
    expect(own.confirmWorkspaceSegment).toMatchObject({
      status: 'translated',
      reviewerName: null,
      target: 'Basis van levenscycluskosten',
    });
    // A repository file's segment: the workspace takes its text over, as Anna's.
    const heading = await ok<{ confirmWorkspaceSegment: Seg }>(anna, CONFIRM, {
      input: { ...key(FIRST, 'body.1'), expectedVersion: 0 },
    });
    expect(heading.confirmWorkspaceSegment).toMatchObject({
      status: 'translated',
      target: '## Nemen, maken, weggooien',
      version: 1,
      authorName: 'Anna Editor',
    });

    const after = await outdated(anna);
    expect(after.files.map((f) => f.sourcePath)).not.toContain(LCC);
    expect(
      after.segments.filter((s) => s.sourcePath === FIRST).map((s) => s.segmentId),
    ).not.toContain('body.1');
    const records = await v2.dataSource.query(
      `SELECT c.source_path, c.segment_id, c.previous_source, c.source_text, c.target, c.translated_against, c.confirmed_in, u.display_name
       FROM workspace_source_confirmations c JOIN users u ON u.id = c.user_id
       WHERE c.edition_key = '${E}' AND c.locale = 'nl' ORDER BY c.created_at`,
    );
    expect(records).toEqual([
      {
        source_path: FIRST,
        segment_id: 'fm.objectives.0',
        previous_source: 'Explain linear and circular buying.',
        source_text: 'Explain linear and circular purchasing.',
        target: 'Leg lineair en circulair inkopen uit.',
        translated_against: '1.2.0',
        confirmed_in: '1.3.0',
        display_name: 'Bert Editor',
      },
      expect.objectContaining({ source_path: LCC, translated_against: '1.2.0' }),
      expect.objectContaining({
        source_path: FIRST,
        segment_id: 'body.1',
        previous_source: null,
        translated_against: null,
        confirmed_in: '1.3.0',
      }),
    ]);
    const mine = await ok<{ myPersonalData: { workspace: Record<string, unknown> } }>(
      bert,
      `{ myPersonalData }`,
      {},
    );
    expect(mine.myPersonalData.workspace).toMatchObject({ sourceChangesConfirmed: 1 });
    const rows = await v2.dataSource.query(
      `SELECT source_path, segment_id, core_version FROM workspace_segments WHERE edition_key = '${E}' ORDER BY source_path, segment_id`,
    );
    // One edition, rows against two core releases.
    expect(rows).toEqual(
      expect.arrayContaining([
        { source_path: LAMPS, segment_id: 'fm.title', core_version: '1.2.0' },
        { source_path: LCC, segment_id: 'fm.title', core_version: '1.3.0' },
      ]),
    );
  });

  it('refuses editors of another edition', async () => {
    const stranger = v2.client();
    const { id } = await registerUser(stranger, { displayName: 'Sam Stranger' });
    await grantRoleInDb(v2.dataSource, id, 'editor');
    for (const res of [
      await stranger.gql(OUTDATED, { edition: E, locale: 'nl' }),
      await stranger.gql(CONFIRM, { input: { ...key(LCC, 'fm.title'), expectedVersion: 1 } }),
    ])
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
