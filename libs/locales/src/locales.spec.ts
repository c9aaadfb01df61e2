import {
  INTERFACE_LANGUAGES,
  interfaceLocaleAmong,
  interfaceLocales,
  isInterfaceLocale,
  localeNames,
} from './index.js';

describe('interface languages', () => {
  it('start with the source language and name each language in itself', () => {
    expect(interfaceLocales[0]).toBe('en');
    for (const { code, name } of INTERFACE_LANGUAGES) {
      expect(
        new Intl.DisplayNames([code], { type: 'language' }).of(code)?.toLowerCase(),
        code,
      ).toBe(name.toLowerCase());
    }
    expect(localeNames.bg).toBe('Български');
  });

  it('accept only registered codes', () => {
    expect(isInterfaceLocale('fi')).toBe(true);
    expect(isInterfaceLocale('pl')).toBe(false);
    expect(isInterfaceLocale(undefined)).toBe(false);
  });
});

describe('the interface language among a browser’s languages', () => {
  it('takes the first one offered, by its base language or alias', () => {
    expect(interfaceLocaleAmong(['pl-PL', 'de-AT', 'en'])).toBe('de');
    expect(interfaceLocaleAmong(['nn-NO'])).toBe('nb');
    expect(interfaceLocaleAmong(['NL'])).toBe('nl');
    expect(interfaceLocaleAmong(['pl', 'ja'])).toBeUndefined();
    expect(interfaceLocaleAmong([])).toBeUndefined();
  });
});
