import { importCurriculumFolder } from '../src/curriculum/import-bundled.js';
import { curriculumCopy } from './curriculum-fixture.js';
import { bootTestApp, type TestApp } from './test-app.js';

export interface FixtureApp {
  t: TestApp;
  /** The fixture curriculum's core release, and its edition "town". */
  releaseId: string;
  editionReleaseId: string;
}

/**
 * Boots the app for a spec file and imports its own copy of the small fixture curriculum (with a
 * unique id, so files never share releases); `ready` receives both before the tests run.
 */
export function useFixtureApp(
  ready: (app: FixtureApp) => void | Promise<void>,
  env: Record<string, string> = {},
): void {
  const fixture = curriculumCopy();
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await bootTestApp(env);
    const [core, edition] = await importCurriculumFolder(t.dataSource, fixture.root);
    await ready({ t, releaseId: core!.releaseId, editionReleaseId: edition!.releaseId });
  });
  afterAll(async () => {
    fixture.cleanup();
    await t?.close();
  });
}
