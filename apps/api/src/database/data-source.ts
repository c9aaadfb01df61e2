import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

/** TypeORM options: committed migrations only, never `synchronize`. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
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
    extra: { max: 20 },
    ...extra,
  } as DataSourceOptions;
}

export async function openDataSource(url: string, extra: Partial<DataSourceOptions> = {}): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, extra));
  await dataSource.initialize();
  return dataSource;
}

/** Applies pending migrations; safe to call from several processes (TypeORM locks the table). */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
