import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

/** TypeORM options: committed migrations only, never `synchronize`. */
export function dataSourceOptions(
  url: string,
  extra: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // No JIT: every query here is short and most run once per request, and PostgreSQL compiles a
    // plan whose estimated cost is high (a 400-participant dashboard: 1.6 s of compiling for
    // 0.1 s of work). Set per connection, so no statement is spent on it.
    extra: { max: 20, options: '-c jit=off' },
    ...extra,
  } as DataSourceOptions;
}

export async function openDataSource(
  url: string,
  extra: Partial<DataSourceOptions> = {},
): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, extra));
  await dataSource.initialize();
  return dataSource;
}

/**
 * Applies pending migrations. Replicas starting at once would run the same migrations side by
 * side, so each waits for a session-level advisory lock first; the first applies them, the others
 * then find nothing pending. The lock goes with its connection if a process dies.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtext('academy:migrations'))`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock
      .query(`SELECT pg_advisory_unlock(hashtext('academy:migrations'))`)
      .catch(() => undefined);
    await lock.release();
  }
}
