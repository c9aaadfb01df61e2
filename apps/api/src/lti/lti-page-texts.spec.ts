import { supportedLocales } from '../identity/index.js';
import { ltiPageTexts, pageLocale } from './lti-page-texts.js';

describe('the language of the LTI pages', () => {
  it('follows Accept-Language by weight, falling back to English', () => {
    expect(pageLocale('fr;q=0.2, fi, en;q=0.8')).toBe('fi');
    expect(pageLocale('es, it-CH;q=0.7')).toBe('it');
    expect(pageLocale('no')).toBe('nb');
    expect(pageLocale('de;q=0, bg;q=0.1')).toBe('bg');
    expect(pageLocale('es, pt')).toBe('en');
    expect(pageLocale(undefined)).toBe('en');
  });

  it.each(supportedLocales.filter((l) => l !== 'en'))(
    'has every sentence in %s, translated',
    (locale) => {
      const en = ltiPageTexts('en');
      const texts = ltiPageTexts(locale);
      expect(Object.keys(texts.problems).sort()).toEqual(Object.keys(en.problems).sort());
      expect(Object.keys(texts.advice).sort()).toEqual(Object.keys(en.advice).sort());
      expect(texts.errorHeading).not.toBe(en.errorHeading);
      expect(texts.pickerLegend).not.toBe(en.pickerLegend);
      expect(texts.registeredBody).not.toBe(en.registeredBody);
    },
  );
});
