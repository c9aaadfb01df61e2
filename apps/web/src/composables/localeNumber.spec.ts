import { formatLocaleNumber, numberMarks, parseLocaleNumber } from './localeNumber';

describe('locale numbers', () => {
  it('knows the marks of each interface language', () => {
    expect(numberMarks('nl')).toEqual({ decimal: ',', group: '.' });
    expect(numberMarks('de')).toEqual({ decimal: ',', group: '.' });
    expect(numberMarks('en')).toEqual({ decimal: '.', group: ',' });
  });

  it.each([
    ['7.894,09', 'nl', 7894.09],
    ['7.894,09', 'de', 7894.09],
    ['7,894.09', 'en', 7894.09],
    ['7894,09', 'nl', 7894.09],
    ['7894.09', 'en', 7894.09],
    ['1.234.567', 'de', 1234567],
    ['1,234,567', 'en', 1234567],
    ['23 811,01', 'nl', 23811.01],
    ['-12,5', 'de', -12.5],
    ['\u221212.5', 'en', -12.5],
    ['0,05', 'nl', 0.05],
    [',5', 'nl', 0.5],
    ['42', 'en', 42],
  ])('reads %s in %s as %d', (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBeCloseTo(expected, 10);
  });

  it('reads a mark that cannot be a grouping as the decimal point meant', () => {
    expect(parseLocaleNumber('7.5', 'nl')).toBe(7.5);
    expect(parseLocaleNumber('86,17', 'en')).toBe(86.17);
  });

  it.each([
    ['', 'en'],
    ['abc', 'en'],
    ['7,894.09', 'nl'],
    ['1.2.3', 'en'],
    ['12,', 'nl'],
    ['1,23,456.7', 'en'],
    ['5 EUR', 'en'],
  ])('refuses %j in %s', (text, locale) => {
    expect(parseLocaleNumber(text, locale)).toBeNull();
  });

  it('writes numbers in the learner’s format and reads them back', () => {
    expect(formatLocaleNumber(7894.09, 'nl')).toBe('7.894,09');
    expect(formatLocaleNumber(7894.09, 'en')).toBe('7,894.09');
    for (const locale of ['en', 'nl', 'de', 'fr', 'it', 'bg', 'fi', 'nb'])
      expect(parseLocaleNumber(formatLocaleNumber(23811.01, locale), locale)).toBe(23811.01);
  });
});
