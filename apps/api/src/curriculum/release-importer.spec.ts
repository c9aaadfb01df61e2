import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { openDataSource } from '../database/data-source.js';
import { curriculumCopy } from '../../test/curriculum-fixture.js';
import { importCurriculumFolder } from './import-bundled.js';
import { VersionNotBumpedError } from './release-importer.js';
import { CurriculumInvalidError } from './release-source.js';
import { compareReleaseVersions } from '@academy/curriculum';

let ds: DataSource;
beforeAll(async () => {
  ds = await openDataSource(inject('databaseUrl'));
});
afterAll(() => ds.destroy());

const tables = ['curriculum_releases', 'release_courses', 'release_modules', 'release_lessons', 'release_quizzes', 'release_practices', 'release_criteria_sets'];
async function rowCounts(curriculumId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await ds.query(
      table === 'curriculum_releases'
        ? `SELECT count(*)::int AS n FROM curriculum_releases WHERE curriculum_id = $1`
        : `SELECT count(*)::int AS n FROM ${table} t JOIN curriculum_releases r ON r.id = t.release_id WHERE r.curriculum_id = $1`,
      [curriculumId],
    );
    counts[table] = row.n;
  }
  return counts;
}

describe('release import', () => {
  it('imports the core and each edition as separate releases, and an unchanged folder writes nothing', async () => {
    const c = curriculumCopy();
    try {
      const first = await importCurriculumFolder(ds, c.root);
      expect(first.map((o) => [o.status, o.edition, o.version])).toEqual([
        ['imported', null, '1.2.0'],
        ['imported', 'town', '1.2.0'],
      ]);
      const counts = await rowCounts(c.id);
      expect(counts).toMatchObject({ curriculum_releases: 2, release_courses: 2, release_modules: 4, release_lessons: 6 });
      const [{ max: before }] = await ds.query(`SELECT max(xmin::text::bigint) FROM curriculum_releases WHERE curriculum_id = $1`, [c.id]);

      const again = await importCurriculumFolder(ds, c.root);
      expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
      expect(await rowCounts(c.id)).toEqual(counts);
      const [{ max: after }] = await ds.query(`SELECT max(xmin::text::bigint) FROM curriculum_releases WHERE curriculum_id = $1`, [c.id]);
      expect(after).toBe(before);
    } finally {
      c.cleanup();
    }
  });

  it('refuses changed content under a released version, writing nothing, and accepts it after a version bump', async () => {
    const c = curriculumCopy();
    try {
      await importCurriculumFolder(ds, c.root, { edition: undefined });
      const counts = await rowCounts(c.id);
      c.edit('modules/intro/lessons/first.en.md', /\n---\n/, '\n---\n\nA new first paragraph.\n');
      const refused = importCurriculumFolder(ds, c.root);
      await expect(refused).rejects.toBeInstanceOf(VersionNotBumpedError);
      await expect(importCurriculumFolder(ds, c.root)).rejects.toThrow(/bump `version` in curriculum.yaml/);
      expect(await rowCounts(c.id)).toEqual(counts);

      c.edit('curriculum.yaml', 'version: 1.2.0', 'version: 1.3.0');
      c.edit('CHANGELOG.md', /## \[1\.2\.0\]/, '## [1.3.0] - 2026-11-29\n### Changed\n- A new first paragraph.\n\n## [1.2.0]');
      const bumped = await importCurriculumFolder(ds, c.root);
      expect(bumped.map((o) => [o.status, o.version])).toEqual([
        ['imported', '1.3.0'],
        ['imported', '1.3.0'],
      ]);
      const versions = await ds.query(`SELECT version FROM curriculum_releases WHERE curriculum_id = $1 AND edition_key = '' ORDER BY version`, [c.id]);
      expect(versions.map((v: { version: string }) => v.version)).toEqual(['1.2.0', '1.3.0']);
    } finally {
      c.cleanup();
    }
  });

  it('imports a new major version beside the 1.x release, which stays available to pinned cohorts', async () => {
    const c = curriculumCopy();
    try {
      const [first] = await importCurriculumFolder(ds, c.root);
      c.edit('modules/intro/lessons/first.en.md', /\n---\n/, '\n---\n\nA corrected first paragraph.\n');
      c.edit('curriculum.yaml', 'version: 1.2.0', 'version: 2.0.0');
      c.edit('CHANGELOG.md', /## \[1\.2\.0\]/, '## [2.0.0] - 2026-12-06\n### Changed\n- A corrected first paragraph.\n\n## [1.2.0]');
      const [second] = await importCurriculumFolder(ds, c.root);
      expect([first!.version, second!.version]).toEqual(['1.2.0', '2.0.0']);
      const rows: { version: string }[] = await ds.query(
        `SELECT version FROM curriculum_releases WHERE curriculum_id = $1 AND edition_key = '' ORDER BY imported_at`,
        [c.id],
      );
      expect(rows.map((r) => r.version)).toEqual(['1.2.0', '2.0.0']);
      expect(compareReleaseVersions('2.0.0', '1.10.0')).toBeGreaterThan(0);
    } finally {
      c.cleanup();
    }
  });

  it('serialises concurrent imports of the same folder into one release', async () => {
    const c = curriculumCopy();
    try {
      const results = await Promise.all([importCurriculumFolder(ds, c.root), importCurriculumFolder(ds, c.root)]);
      const statuses = results.flat().map((o) => o.status).sort();
      expect(statuses).toEqual(['imported', 'imported', 'unchanged', 'unchanged']);
      expect((await rowCounts(c.id)).curriculum_releases).toBe(2);
    } finally {
      c.cleanup();
    }
  });

  it('refuses an invalid folder with every problem as path:line', async () => {
    const c = curriculumCopy();
    try {
      c.edit('modules/intro/quiz.yaml', /answer: \w+/, 'answer: zz');
      const error = await importCurriculumFolder(ds, c.root).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CurriculumInvalidError);
      expect((error as CurriculumInvalidError).problems.join('\n')).toMatch(/^modules\/intro\/quiz\.yaml:\d+: /m);
      expect((await rowCounts(c.id)).curriculum_releases).toBe(0);
    } finally {
      c.cleanup();
    }
  });

  it('stores the full-text index of practices per locale, with the configuration of its language', async () => {
    const c = curriculumCopy();
    try {
      const [core] = await importCurriculumFolder(ds, c.root, {});
      const rows = await ds.query(
        `SELECT slug, locale, config FROM release_practice_search
          WHERE release_id = $1 AND search_vector @@ plainto_tsquery(config::regconfig, $2) ORDER BY locale`,
        [core!.releaseId, 'chairs'],
      );
      // German has no file of its own and shows the English text, indexed as English.
      expect(rows).toEqual([
        { slug: 'office-chairs', locale: 'de', config: 'english' },
        { slug: 'office-chairs', locale: 'en', config: 'english' },
      ]);
    } finally {
      c.cleanup();
    }
  });
});
