import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { APIRequestContext } from 'playwright-core';
import { inject } from 'vitest';
import { repoRoot } from './academy-process.js';

/**
 * Imports a copy of the small fixture curriculum (course "basics") under a unique id into the
 * running academy's database with the built release CLI; the catalogue keeps showing the
 * academy's own curriculum. Returns the release id and a clean-up.
 */
export async function importSmallCourse(
  tag: string,
  databaseUrl = inject('e2eDatabaseUrl'),
): Promise<{ releaseId: string; cleanup: () => void }> {
  const root = mkdtempSync(join(tmpdir(), `academy-e2e-${tag}-`));
  cpSync(join(repoRoot, 'libs/curriculum/test/fixtures/valid'), root, { recursive: true });
  const id = `e2e-${tag}-${randomBytes(4).toString('hex')}`;
  const manifest = join(root, 'curriculum.yaml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^id: .*$/m, `id: ${id}`));
  await promisify(execFile)(process.execPath, ['apps/api/dist/cli/release.js', '--root', root], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
  });
  const rows = await query<{ id: string }>(
    `SELECT id FROM curriculum_releases WHERE curriculum_id = $1 AND edition_key = ''`,
    [id],
    databaseUrl,
  );
  return { releaseId: rows[0]!.id, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** SQL against the running academy's database, for arranging what a browser cannot. */
export async function query<Row>(
  sql: string,
  params: unknown[],
  databaseUrl = inject('e2eDatabaseUrl'),
): Promise<Row[]> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Sends one GraphQL operation as some signed-in client; resolves to its data or throws. */
export type GqlCall = <T>(text: string, variables?: Record<string, unknown>) => Promise<T>;

/** GraphQL as the signed-in browser: the context's request shares the page's session cookie. */
export async function gql<T>(
  request: APIRequestContext,
  text: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await request.post(`${inject('baseUrl')}/graphql`, {
    data: { query: text, variables },
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`${text}: ${JSON.stringify(body.errors)}`);
  return body.data;
}
