import {
  FindOperator,
  type DataSource,
  type EntityMetadata,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';

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
  const rows = await byKey(dataSource, target, where, true);
  return rows ? (rows[0] ?? null) : dataSource.getRepository(target).findOneBy(where);
}

/**
 * Every entity with these column values, like `repository.findBy(where)` (in no particular
 * order), the statement built once. A value may be TypeORM's `IsNull()` (`IS NULL`); any other
 * operator, and what `findOneByKey` leaves to TypeORM, goes to `findBy`.
 */
export async function findByKey<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  where: { [K in keyof T]?: T[K] | FindOperator<unknown> },
): Promise<T[]> {
  return (
    (await byKey(dataSource, target, where, false)) ??
    dataSource.getRepository(target).findBy(where as FindOptionsWhere<T>)
  );
}

/** The rows hydrated as entities, or undefined when TypeORM itself must answer. */
async function byKey<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  where: Record<string, unknown>,
  one: boolean,
): Promise<T[] | undefined> {
  const read = keyRead(dataSource, target, where, one);
  if (!read) return undefined;
  const rows = await dataSource.query<Record<string, unknown>[]>(read.sql, read.values);
  return rows.map(read.hydrate);
}

/** A lookup by key as SQL and parameters, to run inside another statement (`SharedLimit.takeWith`). */
export interface KeyRead<T> {
  /** Names the statement (entity and keys): the same name always has the same text. */
  name: string;
  sql: string;
  values: unknown[];
  /** Makes the entity from a row of `sql` (TypeORM's column mapping). */
  hydrate: (row: Record<string, unknown>) => T;
}

/**
 * The statement `findOneByKey` (`one`) or `findByKey` runs, or undefined for what it leaves to
 * TypeORM.
 */
export function keyRead<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  where: Record<string, unknown>,
  one: boolean,
): KeyRead<T> | undefined {
  const metadata = dataSource.getMetadata(target);
  const keys: string[] = [];
  const nullKeys: string[] = [];
  const values: unknown[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value instanceof FindOperator && value.type === 'isNull') nullKeys.push(key);
    else if (value === null || value === undefined || typeof value === 'object') return undefined;
    else {
      keys.push(key);
      values.push(value);
    }
  }
  if (keys.length + nullKeys.length === 0 || !plainEntity(dataSource, metadata)) return undefined;
  const { sql, name } = statement(metadata, keys, nullKeys, one);
  return {
    name,
    sql,
    values,
    hydrate: (row) => {
      const entity = metadata.create() as T;
      for (const column of readColumns(metadata)) {
        const value = row[column.databaseName];
        if (value === undefined) continue;
        column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(value, column));
      }
      return entity;
    },
  };
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

const statements = new WeakMap<EntityMetadata, Map<string, { sql: string; name: string }>>();
function statement(
  metadata: EntityMetadata,
  keys: string[],
  nullKeys: string[],
  one: boolean,
): { sql: string; name: string } {
  let byKeys = statements.get(metadata);
  if (!byKeys) {
    byKeys = new Map();
    statements.set(metadata, byKeys);
  }
  const id = [...keys, '', ...nullKeys, one ? '1' : ''].join('\u0000');
  let found = byKeys.get(id);
  if (!found) {
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const column = (key: string) => {
      const found = metadata.findColumnWithPropertyPath(key);
      if (!found) throw new Error(`${metadata.name} has no column "${key}"`);
      return quote(found.databaseName);
    };
    const conditions = [
      ...keys.map((key, i) => `${column(key)} = $${i + 1}`),
      ...nullKeys.map((key) => `${column(key)} IS NULL`),
    ];
    const table = metadata.tablePath.split('.').map(quote).join('.');
    const sql = `SELECT ${readColumns(metadata)
      .map((c) => quote(c.databaseName))
      .join(', ')} FROM ${table} WHERE ${conditions.join(' AND ')}${one ? ' LIMIT 1' : ''}`;
    found = {
      sql,
      name: `key:${metadata.tableName}:${[...keys, ...nullKeys.map((k) => `${k}=null`)].join(',')}${one ? ':1' : ''}`,
    };
    byKeys.set(id, found);
  }
  return found;
}
