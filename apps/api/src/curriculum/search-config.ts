/**
 * PostgreSQL text-search configuration per language: stemming and stop words where PostgreSQL
 * ships them; elsewhere (Bulgarian, or a language a city adds) `academy_unaccent`, the simple
 * configuration with accents folded, created by the PracticeSearchPerLocale migration.
 */
const CONFIGS: Record<string, string> = {
  en: 'english',
  nl: 'dutch',
  de: 'german',
  fr: 'french',
  it: 'italian',
  fi: 'finnish',
  nb: 'norwegian',
  no: 'norwegian',
  nn: 'norwegian',
  da: 'danish',
  sv: 'swedish',
  es: 'spanish',
  pt: 'portuguese',
};

export function searchConfigFor(locale: string): string {
  return CONFIGS[locale.toLowerCase().split('-')[0] ?? ''] ?? 'academy_unaccent';
}
