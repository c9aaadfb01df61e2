import { inject } from 'vitest';
import { migrate, openDataSource } from '../src/database/data-source.js';
import { migrations } from '../src/database/migrations/index.js';
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
      const tables = await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
      expect(tables).toEqual([]);
      expect(await migrate(ds)).toHaveLength(migrations.length);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
