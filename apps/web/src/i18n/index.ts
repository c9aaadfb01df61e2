import { isMessageAST, resolveValue } from '@intlify/core-base';
import { createI18n, registerMessageResolver } from 'petite-vue-i18n';
import {
  interfaceLocaleAmong,
  interfaceLocales,
  isInterfaceLocale,
  type InterfaceLocale,
} from '@academy/locales';
import enCore from './en.json';

// The registry of interface languages lives in @academy/locales, shared with the API.
export {
  interfaceLocales,
  isInterfaceLocale,
  localeNames,
  type InterfaceLocale,
} from '@academy/locales';

const STORAGE_KEY = 'academy.locale';
type Messages = Record<string, unknown>;

// Each feature keeps its strings in features/<feature>.<locale>.json (so features can be worked
// on side by side). They load with the routes that need them (a route's `meta.messages`, see
// router.ts), so the first page carries only the core strings of one language.
type FeatureFiles = Record<string, () => Promise<{ default: Messages }>>;
// The list of those files (with their hashed names) is itself about 2 KB gzip for all languages,
// so the first page lists the English ones only; the other languages' list loads beside the core
// strings of the first other language (other-feature-files.ts).
const englishFeatureFiles: FeatureFiles = import.meta.glob<{ default: Messages }>(
  './features/*.en.json',
);
let otherFeatureFiles: Promise<FeatureFiles> | undefined;

function featureFilesOf(locale: InterfaceLocale): FeatureFiles | Promise<FeatureFiles> {
  if (locale === 'en') return englishFeatureFiles;
  otherFeatureFiles ??= import('./other-feature-files').then(
    (m) => m.default,
    (error: unknown) => {
      otherFeatureFiles = undefined; // a failed download (offline) is tried again next time
      throw error;
    },
  );
  return otherFeatureFiles;
}

/** The features that have message files, e.g. `cohorts` for features/cohorts.<locale>.json. */
export const featureNames: ReadonlySet<string> = new Set(
  Object.keys(englishFeatureFiles).map((path) => path.replace(/^\.\/features\/([^.]+)\..*$/, '$1')),
);

/** Remembered choice first, then the browser's languages, then English. */
export function initialLocale(): InterfaceLocale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isInterfaceLocale(saved)) return saved;
  return interfaceLocaleAmong(globalThis.navigator?.languages ?? []) ?? 'en';
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

const en: Messages = enCore;

// petite-vue-i18n (vue-i18n without date/number formatting, about 2.6 KB gzip less on the first
// page) looks keys up flat by default; the messages are nested (`app.name`), so use the path
// resolver vue-i18n uses.
registerMessageResolver(resolveValue);

export const i18n = createI18n<[Messages], InterfaceLocale, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en } as Record<InterfaceLocale, Messages>,
  pluralRules: Object.fromEntries(interfaceLocales.map((l) => [l, pluralRule(l)])),
  // A safety net: a feature string asked for before its file is loaded (a component the route did
  // not declare) loads that feature; the text appears when it arrives instead of staying a key.
  missing: (locale, key) => {
    const feature = key.split('.')[0] ?? '';
    if (featureNames.has(feature) && locale === i18n.global.locale.value) {
      void loadFeatures(locale, [feature]);
    }
  },
});

/**
 * Whether there is a message for this key in the current language (or the one given), like
 * vue-i18n's `te`, which petite-vue-i18n leaves out: a `te(key) ? t(key) : fallback` shows the
 * fallback instead of the key. A message is a string (unit tests), or a function or an AST (built).
 */
export function te(key: string, locale: string = i18n.global.locale.value): boolean {
  const message = resolveValue(i18n.global.getLocaleMessage(locale), key);
  return typeof message === 'string' || typeof message === 'function' || isMessageAST(message);
}

// Other languages' core strings load on demand, so a visitor downloads one language; any
// <locale>.json beside this file is found, so a new language needs no code here.
const lazyCores = import.meta.glob<{ default: Messages }>('./*.json');

/** Features asked for so far: a change of language loads them in the new language too. */
const wanted = new Set<string>();
/** What has been merged into each locale's messages (or is on its way). */
const loading = new Map<string, Promise<void>>();

function loadOnce(id: string, load: () => Promise<Messages>, locale: InterfaceLocale) {
  let done = loading.get(id);
  if (!done) {
    done = load().then(
      (messages) => i18n.global.mergeLocaleMessage(locale, messages),
      (error: unknown) => {
        loading.delete(id); // a failed download (offline) is tried again next time
        throw error;
      },
    );
    loading.set(id, done);
  }
  return done;
}

async function loadFeatures(locale: InterfaceLocale, features: Iterable<string>): Promise<void> {
  const files = await featureFilesOf(locale);
  await Promise.all(
    [...features].map((feature) => {
      const file = files[`./features/${feature}.${locale}.json`];
      if (!file)
        throw new Error(
          `interface strings of ${feature} are missing in ${locale}: add apps/web/src/i18n/features/${feature}.${locale}.json`,
        );
      return loadOnce(`${locale}:${feature}`, async () => (await file()).default, locale);
    }),
  );
}

async function loadCore(locale: InterfaceLocale): Promise<void> {
  if (locale === 'en') return;
  const core = lazyCores[`./${locale}.json`];
  if (!core)
    throw new Error(
      `interface strings for ${locale} are missing: add apps/web/src/i18n/${locale}.json`,
    );
  await loadOnce(`${locale}:`, async () => (await core()).default, locale);
}

/** The language being switched to (or the current one): features load in that language. */
let target: InterfaceLocale = 'en';

/** Makes the strings of these features available in the current language (and later ones). */
export async function useFeatureMessages(features: Iterable<string>): Promise<void> {
  for (const feature of features) wanted.add(feature);
  await loadFeatures(target, features);
}

export async function setLocale(locale: InterfaceLocale): Promise<void> {
  // Set first: a route that asks for its features meanwhile (the first navigation starts before
  // the start-up language has loaded) gets them in this language.
  target = locale;
  await Promise.all([loadCore(locale), loadFeatures(locale, wanted)]);
  i18n.global.locale.value = locale;
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  document.title = i18n.global.t('app.name');
}
