import { inject } from 'vitest';
import { migrate, openDataSource } from '../src/database/data-source.js';
import { migrations } from '../src/database/migrations/index.js';
import { importCurriculumFolder } from '../src/curriculum/import-bundled.js';
import { curriculumCopy } from './curriculum-fixture.js';
import { createDatabase } from './test-database.js';

describe('migrations', () => {
  it('match the entities exactly (nothing left for TypeORM to generate)', async () => {
    const ds = await openDataSource(inject('databaseUrl'));
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('revert completely with down() and apply again', async () => {
    const db = await createDatabase(inject('serverUrl'), 'academy_migrate');
    const ds = await openDataSource(db.url);
    try {
      expect(await migrate(ds)).toHaveLength(migrations.length);
      for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
      const tables = await ds.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      expect(await migrate(ds)).toHaveLength(migrations.length);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('index the practices of releases imported before per-language search exactly as the importer does', async () => {
    const db = await createDatabase(inject('serverUrl'), 'academy_migrate');
    const ds = await openDataSource(db.url);
    const c = curriculumCopy();
    const index = () =>
      ds.query(
        `SELECT slug, locale, config, search_vector::text AS v FROM release_practice_search ORDER BY slug, locale`,
      );
    try {
      await migrate(ds);
      await importCurriculumFolder(ds, c.root, {});
      const imported = await index();
      expect(imported.length).toBeGreaterThan(0);
      // Undo down to (and including) the migration that introduced the per-language index.
      const since = migrations.findIndex((m) => m.name === 'PracticeSearchPerLocale1795970000000');
      expect(since).toBeGreaterThan(0);
      for (let i = since; i < migrations.length; i++) await ds.undoLastMigration();
      await migrate(ds);
      expect(await index()).toEqual(imported);
    } finally {
      c.cleanup();
      await ds.destroy();
      await db.drop();
    }
  });

  it('run once when several replicas migrate an empty database at the same moment', async () => {
    const db = await createDatabase(inject('serverUrl'), 'academy_migrate');
    const replicas = await Promise.all([1, 2, 3, 4].map(() => openDataSource(db.url)));
    try {
      const applied = await Promise.all(replicas.map((ds) => migrate(ds)));
      expect(applied.map((names) => names.length).sort()).toEqual([0, 0, 0, migrations.length]);
      const rows = await replicas[0]!.query(
        `SELECT name, count(*)::int AS n FROM migrations GROUP BY name HAVING count(*) > 1`,
      );
      expect(rows).toEqual([]);
    } finally {
      await Promise.all(replicas.map((ds) => ds.destroy()));
      await db.drop();
    }
  });
});
