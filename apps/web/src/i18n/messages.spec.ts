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
