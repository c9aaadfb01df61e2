import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { freePort } from '../../apps/api/test/test-database.js';
import { repoRoot, startAcademy, type RunningAcademy } from './academy-process.js';
import { grantRole } from './database.js';
import { registerInBrowser } from './register.js';
import { query } from './small-course.js';

/** The curriculum library's small valid test curriculum, with its edition "town". */
export const SMALL_CURRICULUM = 'libs/curriculum/test/fixtures/valid';

export interface EditionAcademy {
  academy: RunningAcademy;
  /** The copy of the curriculum the academy serves. */
  root: string;
  stop(): Promise<void>;
}

/**
 * A copy of a curriculum folder (relative to the repository) under an id of its own, so its
 * releases never clash with another test's, served by an academy of its own on the e2e database.
 * `prepare` changes the copy before the academy starts.
 */
export async function startEditionAcademy(
  source: string,
  name: string,
  prepare: (root: string) => void = () => undefined,
): Promise<EditionAcademy> {
  const root = mkdtempSync(join(tmpdir(), `academy-e2e-${name}-`));
  cpSync(join(repoRoot, source), root, { recursive: true });
  const manifest = join(root, 'curriculum.yaml');
  writeFileSync(
    manifest,
    readFileSync(manifest, 'utf8').replace(/^id: .*$/m, `id: e2e-${name}-${Date.now()}`),
  );
  prepare(root);
  // Start-up imports the whole folder into the database first: slow on shared cores.
  const academy = await startAcademy({
    DATABASE_URL: inject('e2eDatabaseUrl'),
    PORT: String(await freePort()),
    CURRICULUM_DIR: root,
  });
  return {
    academy,
    root,
    stop: async () => {
      await academy.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Registers in the browser, then makes the person an editor of `edition`. */
export async function registerEditor(
  page: Page,
  baseUrl: string,
  person: { name: string; email: string; password?: string },
  edition: string,
): Promise<void> {
  await registerInBrowser(page, baseUrl, person);
  await grantRole(person.email, 'editor');
  await query(
    `INSERT INTO editor_editions (user_id, edition_key) SELECT id, $2 FROM users WHERE email_key = lower($1)`,
    [person.email, edition],
  );
}
