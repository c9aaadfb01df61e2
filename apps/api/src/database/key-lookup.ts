import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads one entity by column equality with a statement built once per entity and key set, and
 * hydrated with TypeORM's own column mapping (`prepareHydratedValue`, `setEntityValue`): the same
 * entity `repository.findOneBy(where)` returns, without building and escaping the query anew on
 * every call. On the hot paths (an enrolment per lesson or quiz request, a certificate per
 * verification) TypeORM's query building was a fifth of the request's CPU (decision record 0018).
 *
 * Falls back to `findOneBy` for what this does not cover: eager relations, `@AfterLoad`
 * listeners, subscribers, and `null` in the key (`IS NULL`).
 */
export async function findOneByKey<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  where: { [K in keyof T]?: T[K] },
): Promise<T | null> {
  const metadata = dataSource.getMetadata(target);
  const keys = Object.keys(where);
  const values = keys.map((k) => where[k as keyof T]);
  if (
    values.some((v) => v === null || v === undefined || typeof v === 'object') ||
    !plainEntity(dataSource, metadata)
  ) {
    return dataSource.getRepository(target).findOneBy(where);
  }
  const rows = await dataSource.query<Record<string, unknown>[]>(statement(metadata, keys), values);
  const row = rows[0];
  if (!row) return null;
  const entity = metadata.create() as T;
  for (const column of readColumns(metadata)) {
    const value = row[column.databaseName];
    if (value === undefined) continue;
    column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(value, column));
  }
  return entity;
}

const plain = new WeakMap<EntityMetadata, boolean>();
function plainEntity(dataSource: DataSource, metadata: EntityMetadata): boolean {
  let known = plain.get(metadata);
  if (known === undefined) {
    known =
      metadata.eagerRelations.length === 0 &&
      metadata.afterLoadListeners.length === 0 &&
      dataSource.subscribers.length === 0;
    plain.set(metadata, known);
  }
  return known;
}

/** The columns `find` selects: every stored column, not a relation's property-less join column. */
const readColumns = (metadata: EntityMetadata) =>
  metadata.columns.filter((c) => !c.isVirtual && !c.isVirtualProperty);

const statements = new WeakMap<EntityMetadata, Map<string, string>>();
function statement(metadata: EntityMetadata, keys: string[]): string {
  let byKeys = statements.get(metadata);
  if (!byKeys) {
    byKeys = new Map();
    statements.set(metadata, byKeys);
  }
  const id = keys.join('\u0000');
  let sql = byKeys.get(id);
  if (!sql) {
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const conditions = keys.map((key, i) => {
      const column = metadata.findColumnWithPropertyPath(key);
      if (!column) throw new Error(`${metadata.name} has no column "${key}"`);
      return `${quote(column.databaseName)} = $${i + 1}`;
    });
    const table = metadata.tablePath.split('.').map(quote).join('.');
    sql = `SELECT ${readColumns(metadata)
      .map((c) => quote(c.databaseName))
      .join(', ')} FROM ${table} WHERE ${conditions.join(' AND ')} LIMIT 1`;
    byKeys.set(id, sql);
  }
  return sql;
}
