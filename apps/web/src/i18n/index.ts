import { createI18n } from 'vue-i18n';
import enCore from './en.json';

export const interfaceLocales = ['en', 'nl', 'de'] as const;
export type InterfaceLocale = (typeof interfaceLocales)[number];
export const localeNames: Record<InterfaceLocale, string> = { en: 'English', nl: 'Nederlands', de: 'Deutsch' };

const STORAGE_KEY = 'academy.locale';
type Messages = Record<string, unknown>;

// Each feature keeps its strings in features/<feature>.<locale>.json (so features can be worked
// on side by side); they are merged over the core file of the same locale.
const enFeatures = import.meta.glob<{ default: Messages }>('./features/*.en.json', { eager: true });
const lazyFeatures = import.meta.glob<{ default: Messages }>('./features/*.json');

function merge(core: Messages, parts: Messages[]): Messages {
  return Object.assign({}, core, ...parts);
}
const en = merge(enCore, Object.values(enFeatures).map((m) => m.default));

export const isInterfaceLocale = (value: unknown): value is InterfaceLocale =>
  typeof value === 'string' && (interfaceLocales as readonly string[]).includes(value);

/** Remembered choice first, then the browser's languages, then English. */
export function initialLocale(): InterfaceLocale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isInterfaceLocale(saved)) return saved;
  for (const lang of globalThis.navigator?.languages ?? []) {
    const base = lang.toLowerCase().split('-')[0];
    if (isInterfaceLocale(base)) return base;
  }
  return 'en';
}

export const i18n = createI18n<[Messages], InterfaceLocale, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en } as Record<InterfaceLocale, Messages>,
});

// Other locales load on demand, so a visitor downloads one language.
const loaders: Record<InterfaceLocale, () => Promise<{ default: Messages }>> = {
  en: async () => ({ default: en }),
  nl: () => loadLocale('nl', () => import('./nl.json')),
  de: () => loadLocale('de', () => import('./de.json')),
};

async function loadLocale(locale: string, core: () => Promise<{ default: Messages }>): Promise<{ default: Messages }> {
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
    i18n.global.setLocaleMessage(locale, (await loaders[locale]()).default);
  }
  i18n.global.locale.value = locale;
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  document.title = i18n.global.t('app.name');
}
