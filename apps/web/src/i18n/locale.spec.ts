import { initialLocale } from './index';

// Runs in Node: the browser's language list and storage are the only parts of a browser it reads.
describe('initialLocale', () => {
  let stored: Map<string, string>;
  beforeEach(() => {
    stored = new Map();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
    });
  });
  afterEach(() => vi.unstubAllGlobals());
  const browser = (...languages: string[]) => vi.stubGlobal('navigator', { languages });

  it.each([
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO', 'en'], 'nb'],
    [['fi-FI'], 'fi'],
    [['bg'], 'bg'],
    [['fr-BE', 'nl'], 'fr'],
    [['it-CH'], 'it'],
    [['sv-SE', 'de-AT'], 'de'],
    [['pl'], 'en'],
  ])('reads browser languages %j as %s', (languages, expected) => {
    browser(...languages);
    expect(initialLocale()).toBe(expected);
  });

  it('prefers the remembered choice', () => {
    browser('fr');
    localStorage.setItem('academy.locale', 'fi');
    expect(initialLocale()).toBe('fi');
  });
});
