import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { grantRoleInDb, registerUser } from '../../test/factories.js';
import type { TestApp, TestClient } from '../../test/test-app.js';

/** The small fixture curriculum, arranged for the workspace spec (queries and row types below). */
export function workspaceFixture() {
  const fixture = curriculumCopy();
  // A second edition, so scoping has an edition the town's editor does not hold.
  mkdirSync(join(fixture.root, 'editions/city'));
  writeFileSync(
    join(fixture.root, 'editions/city/edition.yaml'),
    readFileSync(join(fixture.root, 'editions/town/edition.yaml'), 'utf8')
      .replace('id: town', 'id: city')
      .replace('Example Town', 'Example City'),
  );
  // A paragraph close to one the core's Dutch lesson translates: translation memory should offer it.
  fixture.edit(
    'editions/town/practices/town-lamps.en.md',
    'The town buys light.',
    'The town buys light.\n\nA linear purchase ends as waste. [[term:circular-procurement|Circular buying]] keeps its value.',
  );

  // Close to a paragraph of the town's practice: once that is translated in the browser, it is suggested here.
  fixture.edit(
    'editions/town/modules/intro/lessons/second.en.md',
    '(practice:town-lamps).',
    '(practice:town-lamps).\n\nThe town buys light again.',
  );
  return fixture;
}

export const LAMPS = 'practices/town-lamps.en.md';
export const FIRST = 'modules/intro/lessons/first.en.md';
export const SEGMENT = `id source target previousSource status version authorName reviewerName canReview
  terms { id term translation } suggestions { target score origin } problems { line message severity } comments { body authorName }`;
export const OVERVIEW = `query($edition: String!, $locale: String!) { workspaceOverview(edition: $edition, locale: $locale) {
  totals { segments complete missing unreviewed words wordsToDo }
  files { sourcePath complete outdated missing unreviewed segments words } } }`;
export const FILE = `query($edition: String!, $locale: String!, $sourcePath: String!) {
  workspaceFile(edition: $edition, locale: $locale, sourcePath: $sourcePath) { targetPath segments { ${SEGMENT} } } }`;
export const SAVE = `mutation($input: SaveWorkspaceSegmentInput!) { saveWorkspaceSegment(input: $input) { ${SEGMENT} } }`;
export const REVIEW = `mutation($input: ReviewWorkspaceSegmentInput!) { reviewWorkspaceSegment(input: $input) { ${SEGMENT} } }`;
export const COMMENT = `mutation($input: AddWorkspaceCommentInput!) { addWorkspaceComment(input: $input) { ${SEGMENT} } }`;
export const CHECK = `query($input: CheckWorkspaceSegmentInput!) { checkWorkspaceSegment(input: $input) { line message severity } }`;
export const GRANT = `mutation($input: EditionScopeInput!) { grantEditionScope(input: $input) }`;

export interface FileRow {
  sourcePath: string;
  complete: number;
  outdated: number;
  missing: number;
  unreviewed: number;
  segments: number;
  words: number;
}

export interface Seg {
  id: string;
  source: string;
  target: string | null;
  previousSource: string | null;
  status: string;
  version: number;
  authorName: string | null;
  reviewerName: string | null;
  canReview: boolean;
  terms: { id: string; term: string; translation: string | null }[];
  suggestions: { target: string; score: number; origin: string }[];
  problems: { line: number; message: string; severity: string }[];
  comments: { body: string; authorName: string | null }[];
}

/**
 * The people the workspace specs act as: an administrator, two editors of `edition` (Anna and
 * Bert), an editor of the "city" edition only, and a learner with no role.
 */
export async function workspaceCast(t: TestApp, edition: string) {
  const admin = t.client();
  const a = await registerUser(admin, { displayName: 'Ada Admin' });
  await grantRoleInDb(t.dataSource, a.id, 'admin');
  const person = async (name: string, editions: string[], editor = true): Promise<TestClient> => {
    const client = t.client();
    const { id } = await registerUser(client, { displayName: name });
    if (editor) await grantRoleInDb(t.dataSource, id, 'editor');
    for (const e of editions)
      expect(
        (await admin.gql(GRANT, { input: { userId: id, edition: e } })).errors,
      ).toBeUndefined();
    return client;
  };
  return {
    admin,
    anna: await person('Anna Editor', [edition]),
    bert: await person('Bert Editor', [edition]),
    cityEditor: await person('Cas City', ['city']),
    learner: await person('Lena Learner', [], false),
  };
}
