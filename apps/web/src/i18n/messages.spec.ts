import { createI18n } from 'petite-vue-i18n';
import { interfaceLocales, localeNames, pluralRule } from './index';

type Tree = Record<string, unknown>;

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
const flat = (o: object): Record<string, string> =>
  Object.fromEntries(
    keys(o).map((k) => [k, String(k.split('.').reduce<unknown>((a, p) => (a as Tree)[p], o))]),
  );
/** Named placeholders ({count}), literals ({'@'}) and linked messages (@:key), each counted once. */
const placeholders = (s: string) =>
  [...new Set(s.match(/\{[^{}]+\}|@\.?[a-z]*:[\w.-]+/gi) ?? [])].sort();
/** Number of plural forms: "a | b | c" has 3. */
const forms = (s: string) => s.split('|').length;

/** Compares a translation with the English file: same keys, placeholders and plural forms. */
function expectLike(translation: object | undefined, source: object, label: string) {
  expect(translation, `${label} is missing`).toBeDefined();
  const src = flat(source);
  const tr = flat(translation!);
  expect(Object.keys(tr).sort(), label).toEqual(Object.keys(src).sort());
  for (const [key, text] of Object.entries(src)) {
    expect(placeholders(tr[key]!), `${label}: ${key}`).toEqual(placeholders(text));
    expect(forms(tr[key]!), `${label}: plural forms of ${key}`).toBe(forms(text));
    expect(tr[key]!.trim(), `${label}: ${key} is empty`).not.toBe('');
  }
}

const others = interfaceLocales.filter((l) => l !== 'en');

describe('interface strings', () => {
  const core = import.meta.glob<{ default: object }>('./*.json', { eager: true });
  const en = core['./en.json']!.default;

  it.each(others)('%s has exactly the English keys, placeholders and plural forms', (locale) => {
    expectLike(core[`./${locale}.json`]?.default, en, `${locale}.json`);
  });

  it('ships a file for every interface language and no other', () => {
    expect(Object.keys(core).sort()).toEqual(interfaceLocales.map((l) => `./${l}.json`).sort());
  });

  it('names every language in itself', () => {
    expect(Object.keys(localeNames).sort()).toEqual([...interfaceLocales].sort());
    for (const locale of interfaceLocales) {
      const own = new Intl.DisplayNames([locale], { type: 'language' }).of(locale)!;
      expect(localeNames[locale].toLocaleLowerCase(locale), locale).toBe(
        own.toLocaleLowerCase(locale),
      );
    }
  });
});

describe('feature strings (i18n/features/<feature>.<locale>.json)', () => {
  const files = import.meta.glob<{ default: object }>('./features/*.json', { eager: true });
  const features = [
    ...new Set(Object.keys(files).map((p) => p.replace(/^\.\/features\//, '').split('.')[0]!)),
  ];
  const cases = features.flatMap((feature) => others.map((locale) => [feature, locale] as const));

  it.each(cases)(
    '%s in %s has the English keys, placeholders and plural forms',
    (feature, locale) => {
      const source = files[`./features/${feature}.en.json`]?.default ?? {};
      expectLike(
        files[`./features/${feature}.${locale}.json`]?.default,
        source,
        `${feature}.${locale}.json`,
      );
    },
  );

  it('has no file for a language the interface does not offer', () => {
    for (const path of Object.keys(files)) {
      expect(interfaceLocales as readonly string[], path).toContain(path.split('.').at(-2));
    }
  });

  it('uses top-level keys no other file uses', () => {
    const en = import.meta.glob<{ default: object }>('./en.json', { eager: true })['./en.json']!
      .default;
    const owners = new Map<string, string>();
    for (const key of Object.keys(en)) owners.set(key, 'core');
    for (const [path, mod] of Object.entries(files)) {
      if (!path.endsWith('.en.json')) continue;
      for (const key of Object.keys(mod.default)) {
        expect(owners.get(key), `${key} in ${path}`).toBeUndefined();
        owners.set(key, path);
      }
    }
  });
});

describe('every message compiles', () => {
  const core = import.meta.glob<{ default: Tree }>('./*.json', { eager: true });
  const files = import.meta.glob<{ default: Tree }>('./features/*.json', { eager: true });
  const messagesOf = (locale: string): Tree =>
    Object.assign(
      {},
      core[`./${locale}.json`]?.default,
      ...Object.entries(files)
        .filter(([p]) => p.endsWith(`.${locale}.json`))
        .map(([, m]) => m.default),
    );

  it.each(interfaceLocales)('in %s, with every plural form', (locale) => {
    const messages = messagesOf(locale);
    const i18n = createI18n<[Tree], string, false>({
      legacy: false,
      locale,
      messages: { [locale]: messages },
      pluralRules: { [locale]: pluralRule(locale) },
      missingWarn: false,
      fallbackWarn: false,
    });
    for (const [key, text] of Object.entries(flat(messages))) {
      const named = Object.fromEntries(placeholders(text).map((p) => [p.slice(1, -1), 'X']));
      for (const n of [0, 1, 2, 5]) {
        const out = i18n.global.t(key, { ...named, count: n }, n);
        expect(out, `${locale}: ${key}`).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('plural rules', () => {
  const two = 'singular {count} | plural {count}';
  const three = 'zero | singular {count} | plural {count}';
  const i18n = createI18n({
    legacy: false,
    locale: 'en',
    messages: Object.fromEntries(interfaceLocales.map((l) => [l, { two, three }])),
    pluralRules: Object.fromEntries(interfaceLocales.map((l) => [l, pluralRule(l)])),
  });
  const say = (locale: string, key: 'two' | 'three', count: number) => {
    i18n.global.locale.value = locale as never;
    return i18n.global.t(key, { count }, count);
  };

  it('reads 0 as singular in French, but as plural in the other languages', () => {
    expect(say('fr', 'two', 0)).toBe('singular 0');
    expect(say('fr', 'two', 1)).toBe('singular 1');
    expect(say('fr', 'two', 2)).toBe('plural 2');
    for (const locale of ['en', 'nl', 'de', 'it', 'bg', 'fi', 'nb'])
      expect(say(locale, 'two', 0), locale).toBe('plural 0');
  });

  it.each(['fi', 'bg', 'nb', 'it', 'en', 'nl', 'de'])(
    'uses the singular only for 1 in %s',
    (locale) => {
      expect(say(locale, 'two', 1)).toBe('singular 1');
      expect(say(locale, 'two', 5)).toBe('plural 5');
      expect(say(locale, 'two', 21)).toBe('plural 21');
    },
  );

  it.each(interfaceLocales)('keeps the zero form of three-form messages in %s', (locale) => {
    expect(say(locale, 'three', 0)).toBe('zero');
    expect(say(locale, 'three', 1)).toBe('singular 1');
    expect(say(locale, 'three', 5)).toBe('plural 5');
  });

  it('uses the plural for large numbers that CLDR calls "many" in French', () => {
    expect(say('fr', 'two', 1_000_000)).toBe('plural 1000000');
  });
});
