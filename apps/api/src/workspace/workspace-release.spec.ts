import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  checkCurriculum,
  exportXliff,
  formatProblem,
  loadCurriculum,
  sourceHash,
} from '@academy/curriculum';
import { strFromU8, unzipSync } from 'fflate';
import { bootTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { importCurriculumFolder, readRelease, ReleaseService } from '../curriculum/index.js';
import {
  COMMENT,
  FILE,
  REVIEW,
  SAVE,
  workspaceCast,
  workspaceFixture,
  type Seg,
} from './workspace.fixtures.js';

const fixture = workspaceFixture();
// Workspace rows are keyed by edition id: an edition of this spec's own keeps them apart from
// workspace.spec.ts's "town" when both run at once on the test database.
const E = 'burg';
cpSync(join(fixture.root, 'editions/town'), join(fixture.root, `editions/${E}`), {
  recursive: true,
});
fixture.edit(`editions/${E}/edition.yaml`, 'id: town', `id: ${E}`);
// The core's own Dutch lesson: the edition's Dutch text, written by the workspace, replaces it
// and must record that (overrides), or the validator refuses the release.
const coreSecond = readFileSync(join(fixture.root, 'modules/intro/lessons/second.en.md'), 'utf8');
writeFileSync(
  join(fixture.root, 'modules/intro/lessons/second.nl.md'),
  coreSecond.replace(/^---\n/, `---\nsourceHash: ${sourceHash(coreSecond)}\n`),
);
const SECOND = 'modules/intro/lessons/second.en.md';
const SECOND_NL = `editions/${E}/modules/intro/lessons/second.nl.md`;
/** The status page names translations by logical path. */
const SECOND_LOGICAL = 'modules/intro/lessons/second.nl.md';
const NL: Record<string, string> = {
  'fm.title': 'Inkoopkracht van onze gemeente',
  'fm.objectives.0': 'Beschrijf wat de gemeente koopt.',
  'body.1': '## Onze gemeente als koper',
  'body.2':
    'De gemeente geeft 40 miljoen per jaar uit. Zie [een lokaal voorbeeld](practice:town-lamps).',
  'body.3': 'De gemeente koopt weer licht.',
};
const CHECK = `query($edition: String!) { workspacePublishCheck(edition: $edition) {
  problems { file line message } files { locale path reviewed } incomplete version unchangedReleaseId } }`;
const PUBLISH = `mutation($edition: String!) { publishWorkspaceEdition(input: { edition: $edition }) { status releaseId version contentHash } }`;
const PREVIEW = `query($module: String!, $lesson: String!) { workspaceLessonPreview(edition: "burg", locale: "nl", module: $module, lesson: $lesson) {
  title objectives html moduleTitle text { shownLocale fellBack unreviewed } moduleLessons { slug title } next { slug } } }`;
const LESSON = `query($releaseId: ID) { lesson(module: "intro", slug: "second", locale: "nl", releaseId: $releaseId) { title html text { fellBack unreviewed } } }`;
const XLIFF = `{ workspaceXliff(edition: "burg", locale: "nl") { filename xliff } }`;
const EXPORT = `{ workspaceExport(edition: "burg", locale: "nl") { zipBase64 files } }`;
type Publish = { status: string; releaseId: string; version: string; contentHash: string };
type Lesson = { title: string; html: string; text: { fellBack: boolean; unreviewed: boolean } };

let t: TestApp;
let anna: TestClient;
let bert: TestClient;
let cityEditor: TestClient;
let learner: TestClient;
let folderRelease: { id: string; version: string; contentHash: string };

const key = (segmentId: string) => ({
  edition: E,
  locale: 'nl',
  sourcePath: SECOND,
  segmentId,
});

async function segments(client: TestClient): Promise<Seg[]> {
  const res = await client.gql<{ workspaceFile: { segments: Seg[] } }>(FILE, {
    edition: E,
    locale: 'nl',
    sourcePath: SECOND,
  });
  expect(res.errors).toBeUndefined();
  return res.data!.workspaceFile.segments;
}

async function save(client: TestClient, segmentId: string, target: string): Promise<void> {
  const seg = (await segments(client)).find((s) => s.id === segmentId)!;
  const res = await client.gql(SAVE, {
    input: { ...key(segmentId), target, expectedVersion: seg.version },
  });
  expect(res.errors).toBeUndefined();
}

async function publish(client: TestClient): Promise<Publish> {
  const res = await client.gql<{ publishWorkspaceEdition: Publish }>(PUBLISH, { edition: E });
  expect(res.errors).toBeUndefined();
  return res.data!.publishWorkspaceEdition;
}

const lessonOf = async (releaseId: string) =>
  (await learner.gql<{ lesson: Lesson }>(LESSON, { releaseId })).data!.lesson;

beforeAll(async () => {
  t = await bootTestApp({ CURRICULUM_DIR: fixture.root });
  // What the API does at start-up: the folder's core and edition releases.
  const outcomes = await importCurriculumFolder(t.dataSource, fixture.root);
  const town = outcomes.find((o) => o.edition === E)!;
  const [row] = (await t.dataSource.query(
    `SELECT id, version, content_hash AS "contentHash" FROM curriculum_releases WHERE id = $1`,
    [town.releaseId],
  )) as { id: string; version: string; contentHash: string }[];
  folderRelease = row!;
  ({ anna, bert, cityEditor, learner } = await workspaceCast(t, E));
}, 60_000);
afterAll(async () => {
  fixture.cleanup();
  await t?.close();
});

describe('publishing from the workspace', () => {
  it('refuses learners and editors of another edition', async () => {
    for (const client of [learner, cityEditor]) {
      for (const [q, v] of [
        [PUBLISH, { edition: E }],
        [CHECK, { edition: E }],
        [PREVIEW, { module: 'intro', lesson: 'second' }],
        [XLIFF, {}],
      ] as const) {
        const res = await client.gql(q, v);
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
  });

  it('previews a lesson with the unpublished text, as learners will see it', async () => {
    for (const [id, target] of Object.entries(NL)) await save(anna, id, target);
    const res = await anna.gql<{ workspaceLessonPreview: Record<string, unknown> }>(PREVIEW, {
      module: 'intro',
      lesson: 'second',
    });
    expect(res.errors).toBeUndefined();
    const preview = res.data!.workspaceLessonPreview;
    expect(preview).toMatchObject({
      title: NL['fm.title'],
      objectives: [NL['fm.objectives.0']],
      text: { shownLocale: 'nl', fellBack: false, unreviewed: true },
      next: null,
    });
    expect(preview.html).toContain('<h2');
    expect(preview.html).toContain('Onze gemeente als koper');
    // Nothing is published: learners of the folder's release do not read it.
    expect((await lessonOf(folderRelease.id)).title).not.toBe(NL['fm.title']);
  });

  it('refuses to publish while the edition does not validate, naming the file and line', async () => {
    await save(anna, 'body.3', 'De gemeente koopt weer licht. [[term:nope|iets]]');
    const check = await anna.gql<{
      workspacePublishCheck: { problems: { file: string; line: number; message: string }[] };
    }>(CHECK, { edition: E });
    expect(check.data?.workspacePublishCheck.problems).toEqual([
      { file: SECOND_NL, line: expect.any(Number), message: 'unknown glossary term "nope"' },
    ]);
    const res = await anna.gql(PUBLISH, { edition: E });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EDITION_INVALID',
      problems: [{ file: SECOND_NL, message: 'unknown glossary term "nope"' }],
    });
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: expect.stringMatching(
          /^editions\/burg\/modules\/intro\/lessons\/second\.nl\.md:\d+$/,
        ),
        message: 'unknown glossary term "nope"',
      },
    ]);
    await save(anna, 'body.3', NL['body.3']!);
  });

  it('publishes new immutable releases; older ones stay; the review reaches learners', async () => {
    const check = await anna.gql<{
      workspacePublishCheck: { problems: unknown[]; files: unknown[]; version: string };
    }>(CHECK, { edition: E });
    expect(check.data?.workspacePublishCheck).toMatchObject({
      problems: [],
      files: [{ locale: 'nl', path: SECOND_NL, reviewed: false }],
      version: `${folderRelease.version}+${E}.1`,
    });
    const first = await publish(anna);
    expect(first).toMatchObject({
      status: 'published',
      version: `${folderRelease.version}+${E}.1`,
    });
    const releases = t.app.get(ReleaseService);
    expect((await releases.current(E))?.id).toBe(first.releaseId);
    expect(await lessonOf(first.releaseId)).toMatchObject({
      title: NL['fm.title'],
      text: { fellBack: false, unreviewed: true },
    });
    // A cohort pinned to the folder's release keeps it, unchanged.
    expect((await lessonOf(folderRelease.id)).title).not.toBe(NL['fm.title']);
    expect((await releases.byId(folderRelease.id))?.contentHash).toBe(folderRelease.contentHash);
    // Nothing changed since: publishing again creates nothing.
    expect(await publish(bert)).toEqual({ ...first, status: 'unchanged' });

    // Four eyes on every segment: the file is recorded as reviewed in the next release.
    for (const seg of await segments(bert)) {
      const res = await bert.gql(REVIEW, {
        input: { ...key(seg.id), expectedVersion: seg.version },
      });
      expect(res.errors).toBeUndefined();
    }
    const second = await publish(bert);
    expect(second.version).toBe(`${folderRelease.version}+${E}.2`);
    expect((await releases.current(E))?.id).toBe(second.releaseId);
    expect((await lessonOf(second.releaseId)).text.unreviewed).toBe(false);
    const status = await anna.gql<{
      translationStatus: { rows: { id: string; unreviewedFiles: string[] }[] };
    }>(
      `query($r: ID) { translationStatus(releaseId: $r, locale: "nl") { rows { id unreviewedFiles } } }`,
      { r: second.releaseId },
    );
    const intro = status.data!.translationStatus.rows.find((r) => r.id === 'intro')!;
    // The status page asks by edition: it gets the edition's current release.
    const byEdition = await anna.gql<{ translationStatus: { releaseId: string } }>(
      `query($e: String) { translationStatus(edition: $e, locale: "nl") { releaseId } }`,
      { e: E },
    );
    expect(byEdition.data?.translationStatus.releaseId).toBe(second.releaseId);
    expect(intro.unreviewedFiles).not.toContain(SECOND_LOGICAL);
    expect(
      (
        await anna.gql<{
          translationStatus: { rows: { id: string; unreviewedFiles: string[] }[] };
        }>(
          `query($r: ID) { translationStatus(releaseId: $r, locale: "nl") { rows { id unreviewedFiles } } }`,
          { r: first.releaseId },
        )
      ).data!.translationStatus.rows.find((r) => r.id === 'intro')!.unreviewedFiles,
    ).toContain(SECOND_LOGICAL);
  });

  it('exports files the CLI validates into the same release hash, and XLIFF as the CLI writes it', async () => {
    const published = await publish(anna);
    expect(published.status).toBe('unchanged');
    const res = await anna.gql<{ workspaceExport: { zipBase64: string; files: string[] } }>(EXPORT);
    const copy = mkdtempSync(join(tmpdir(), 'academy-workspace-export-'));
    try {
      cpSync(fixture.root, copy, { recursive: true });
      const entries = unzipSync(Buffer.from(res.data!.workspaceExport.zipBase64, 'base64'));
      expect(Object.keys(entries)).toEqual([SECOND_NL]);
      expect(strFromU8(entries[SECOND_NL]!)).toContain(
        'reviewedBy: "Bert Editor (translation workspace)"',
      );
      for (const [path, bytes] of Object.entries(entries)) {
        mkdirSync(dirname(join(copy, path)), { recursive: true });
        writeFileSync(join(copy, path), bytes);
      }
      expect(checkCurriculum(copy, { edition: E }).errors.map(formatProblem)).toEqual([]);
      expect(readRelease(copy, E).bundle.manifest.contentHash).toBe(published.contentHash);
      // Committed and released by the CLI's machinery: it is the published release.
      expect(await importCurriculumFolder(t.dataSource, copy, { edition: E })).toEqual([
        {
          status: 'unchanged',
          releaseId: published.releaseId,
          version: published.version,
          edition: E,
        },
      ]);

      const xliff = await anna.gql<{ workspaceXliff: { filename: string; xliff: string } }>(XLIFF);
      expect(xliff.data?.workspaceXliff.filename).toBe(`${E}-nl.xlf`);
      expect(xliff.data?.workspaceXliff.xliff).toBe(
        exportXliff(loadCurriculum(copy, { edition: E }), { locale: 'nl' }),
      );
      expect(xliff.data?.workspaceXliff.xliff).toContain(`<target>${NL['fm.title']}</target>`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('includes the editor’s workspace comments in their personal-data export', async () => {
    const res = await bert.gql(COMMENT, { input: { ...key('body.2'), body: 'Klopt het bedrag?' } });
    expect(res.errors).toBeUndefined();
    const data = await bert.gql<{ myPersonalData: { workspace: Record<string, unknown> } }>(
      `{ myPersonalData }`,
    );
    expect(data.data?.myPersonalData.workspace).toMatchObject({
      editions: [{ edition: E }],
      comments: [
        {
          edition: E,
          locale: 'nl',
          file: SECOND,
          segment: 'body.2',
          body: 'Klopt het bedrag?',
        },
      ],
      segmentsReviewed: 5,
    });
  });
});
