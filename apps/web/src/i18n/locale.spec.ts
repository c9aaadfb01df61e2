import { initialLocale } from './index';

describe('initialLocale', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });
  const browser = (...languages: string[]) =>
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);

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
