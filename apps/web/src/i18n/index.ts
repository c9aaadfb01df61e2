import { createI18n } from 'vue-i18n';
import { interfaceLocales, isInterfaceLocale, type InterfaceLocale } from '@academy/locales';
import enCore from './en.json';

// The registry of interface languages lives in @academy/locales, shared with the API.
export {
  interfaceLocales,
  isInterfaceLocale,
  localeNames,
  type InterfaceLocale,
} from '@academy/locales';

/** Browser language codes that are read as one of the interface languages. */
const localeAliases: Record<string, InterfaceLocale> = { no: 'nb', nn: 'nb' };

const STORAGE_KEY = 'academy.locale';
type Messages = Record<string, unknown>;

// Each feature keeps its strings in features/<feature>.<locale>.json (so features can be worked
// on side by side); they are merged over the core file of the same locale.
const enFeatures = import.meta.glob<{ default: Messages }>('./features/*.en.json', { eager: true });
const lazyFeatures = import.meta.glob<{ default: Messages }>('./features/*.json');

function merge(core: Messages, parts: Messages[]): Messages {
  return parts.reduce<Messages>((all, part) => ({ ...all, ...part }), { ...core });
}
const en = merge(
  enCore,
  Object.values(enFeatures).map((m) => m.default),
);

/** Remembered choice first, then the browser's languages, then English. */
export function initialLocale(): InterfaceLocale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isInterfaceLocale(saved)) return saved;
  for (const lang of globalThis.navigator?.languages ?? []) {
    const base = lang.toLowerCase().split('-')[0] ?? '';
    const locale = localeAliases[base] ?? base;
    if (isInterfaceLocale(locale)) return locale;
  }
  return 'en';
}

/**
 * Chooses the form of a plural message ("one | other" or "zero | one | other", separated by `|`)
 * by the CLDR rules of the locale (Intl.PluralRules) instead of vue-i18n's English-only default:
 * French reads 0 and 1 as singular, Finnish, Bulgarian and Norwegian only 1. With three forms the
 * first is kept for exactly 0 ("No attempts left"), in every language.
 */
export function pluralRule(locale: string): (choice: number, choicesLength: number) => number {
  const rules = new Intl.PluralRules(locale);
  return (choice, choicesLength) => {
    const n = Math.abs(choice);
    if (choicesLength < 2) return 0;
    if (choicesLength >= 3 && n === 0) return 0;
    const offset = choicesLength >= 3 ? 1 : 0;
    return offset + (rules.select(n) === 'one' ? 0 : 1);
  };
}

export const i18n = createI18n<[Messages], InterfaceLocale, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en } as Record<InterfaceLocale, Messages>,
  pluralRules: Object.fromEntries(interfaceLocales.map((l) => [l, pluralRule(l)])),
});

// Other locales load on demand, so a visitor downloads one language; any <locale>.json beside this
// file is found, so a new language needs no code here.
const lazyCores = import.meta.glob<{ default: Messages }>('./*.json');

function loader(locale: InterfaceLocale): () => Promise<{ default: Messages }> {
  if (locale === 'en') return () => Promise.resolve({ default: en });
  const core = lazyCores[`./${locale}.json`];
  if (!core)
    throw new Error(
      `interface strings for ${locale} are missing: add apps/web/src/i18n/${locale}.json`,
    );
  return () => loadLocale(locale, core);
}

async function loadLocale(
  locale: string,
  core: () => Promise<{ default: Messages }>,
): Promise<{ default: Messages }> {
  const suffix = `.${locale}.json`;
  const parts = await Promise.all(
    Object.entries(lazyFeatures)
      .filter(([path]) => path.endsWith(suffix))
      .map(([, load]) => load().then((m) => m.default)),
  );
  return { default: merge((await core()).default, parts) };
}

export async function setLocale(locale: InterfaceLocale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    i18n.global.setLocaleMessage(locale, (await loader(locale)()).default);
  }
  i18n.global.locale.value = locale;
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  document.title = i18n.global.t('app.name');
}
