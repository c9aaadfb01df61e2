import { createI18n } from 'vue-i18n';
import en from './en.json';

export const interfaceLocales = ['en', 'nl', 'de'] as const;
export type InterfaceLocale = (typeof interfaceLocales)[number];
export const localeNames: Record<InterfaceLocale, string> = { en: 'English', nl: 'Nederlands', de: 'Deutsch' };

const STORAGE_KEY = 'academy.locale';
type Messages = typeof en;

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
  nl: () => import('./nl.json'),
  de: () => import('./de.json'),
};

export async function setLocale(locale: InterfaceLocale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    i18n.global.setLocaleMessage(locale, (await loaders[locale]()).default);
  }
  i18n.global.locale.value = locale;
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  document.title = i18n.global.t('app.name');
}
