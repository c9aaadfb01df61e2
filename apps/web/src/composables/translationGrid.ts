import type { TranslationStatusQuery } from '../graphql/generated';

type Row = TranslationStatusQuery['translationStatus']['rows'][number];

export interface GridRow {
  key: string;
  kind: string;
  id: string;
  /** One cell per requested locale; null when the release has no row for that locale. */
  cells: (Row | null)[];
}

/** Turns the API's (item, locale) rows into item rows with one cell per locale, in API order. */
export function buildTranslationGrid(rows: Row[], locales: string[]): GridRow[] {
  const byKey = new Map<string, GridRow>();
  for (const row of rows) {
    const key = `${row.kind}:${row.id}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key, kind: row.kind, id: row.id, cells: locales.map(() => null) };
      byKey.set(key, entry);
    }
    const column = locales.indexOf(row.locale);
    if (column >= 0) entry.cells[column] = row;
  }
  return [...byKey.values()];
}

/** Editors and admins may see translation status; admins may do everything an editor may. */
export const canEditCurriculum = (roles: readonly string[] | undefined): boolean =>
  !!roles && (roles.includes('editor') || roles.includes('admin'));
