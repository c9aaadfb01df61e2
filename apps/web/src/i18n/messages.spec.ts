import de from './de.json';
import en from './en.json';
import nl from './nl.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('interface strings', () => {
  const source = keys(en).sort();
  it.each([
    ['nl', nl],
    ['de', de],
  ])('%s has exactly the English keys', (_locale, messages) => {
    expect(keys(messages).sort()).toEqual(source);
  });

  it.each([
    ['nl', nl],
    ['de', de],
  ])('%s keeps every placeholder of the English text', (_locale, messages) => {
    const flat = (o: object) => Object.fromEntries(keys(o).map((k) => [k, k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o)]));
    const src = flat(en);
    const tr = flat(messages);
    for (const key of source) {
      const placeholders = (s: unknown) => (String(s).match(/\{[a-z]+\}/gi) ?? []).sort();
      expect(placeholders(tr[key]), key).toEqual(placeholders(src[key]));
    }
  });
});

describe('feature strings (i18n/features/<feature>.<locale>.json)', () => {
  const files = import.meta.glob<{ default: object }>('./features/*.json', { eager: true });
  const features = [...new Set(Object.keys(files).map((p) => p.replace(/^\.\/features\//, '').split('.')[0]!))];
  it.each(features)('%s has the same keys in en, nl and de', (feature) => {
    const of = (locale: string) => keys(files[`./features/${feature}.${locale}.json`]?.default ?? {}).sort();
    expect(of('nl')).toEqual(of('en'));
    expect(of('de')).toEqual(of('en'));
  });
  it('uses top-level keys no other file uses', () => {
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
