/**
 * Orders people's names as a reader expects in any script: the Unicode (CLDR root) collation of
 * ICU, which PostgreSQL and the embedded server both ship. The database default (often C) would
 * put "anna", "Émile" and "Łukasz" after "Zoë".
 */
export const byName = (column: string): string => `${column} COLLATE "und-x-icu"`;
