/**
 * The academy's interface languages, each named in itself as the language picker shows it. This
 * is the one registry the web app and the API read: to add a language, add its entry here and its
 * string files (see docs/adding-a-language.md). Curriculum languages are listed separately, in
 * curriculum/curriculum.yaml, because a city may offer course texts before the interface.
 */
export const INTERFACE_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'de', name: 'Deutsch' },
  { code: 'fr', name: 'Français' },
  { code: 'it', name: 'Italiano' },
  { code: 'bg', name: 'Български' },
  { code: 'fi', name: 'Suomi' },
  { code: 'nb', name: 'Norsk bokmål' },
] as const;

export type InterfaceLocale = (typeof INTERFACE_LANGUAGES)[number]['code'];

/** Codes in registry order; the first is the default. */
export const interfaceLocales: readonly InterfaceLocale[] = INTERFACE_LANGUAGES.map((l) => l.code);

export const localeNames = Object.fromEntries(
  INTERFACE_LANGUAGES.map((l) => [l.code, l.name]),
) as Record<InterfaceLocale, string>;

export const isInterfaceLocale = (value: unknown): value is InterfaceLocale =>
  typeof value === 'string' && (interfaceLocales as readonly string[]).includes(value);

/** Browser language codes that are read as one of the interface languages. */
const localeAliases: Readonly<Record<string, InterfaceLocale>> = { no: 'nb', nn: 'nb' };

/**
 * The first interface language among a browser's languages, most preferred first (BCP 47 tags as
 * in `navigator.languages` or Accept-Language): `de-AT` is German, `nn` Norwegian Bokmål.
 * Undefined when none is offered. The web app starts in it on a first visit; the API names that
 * language's strings in the page it sends, so both must choose alike.
 */
export function interfaceLocaleAmong(languages: Iterable<string>): InterfaceLocale | undefined {
  for (const lang of languages) {
    const base = lang.toLowerCase().split('-')[0] ?? '';
    const locale = localeAliases[base] ?? base;
    if (isInterfaceLocale(locale)) return locale;
  }
  return undefined;
}
