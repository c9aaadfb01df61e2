import {
  decimalSeparator,
  formatInputNumber,
  formatMoney,
  formatPercent,
  parseLocaleNumber,
} from './lccNumbers';

describe('parseLocaleNumber', () => {
  it.each([
    ['0,03', 'nl', 0.03],
    ['3 %', 'nl', 3],
    ['3%', 'de', 3],
    ['1.234,5', 'de', 1234.5],
    ['1.234', 'nl', 1234],
    ['1 234,5', 'nl', 1234.5],
    ['0.03', 'nl', 0.03],
    ['−2,5', 'de', -2.5],
    ['1,234.5', 'en', 1234.5],
    ['0.03', 'en', 0.03],
    [' 150000 ', 'en', 150000],
    ['-0.5', 'en', -0.5],
  ])('reads %s in %s as %s', (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['', 'en'],
    ['abc', 'en'],
    ['1,2,3', 'nl'],
    ['3 euro', 'de'],
    ['1..2', 'en'],
  ])('rejects %j in %s', (text, locale) => {
    expect(parseLocaleNumber(text, locale)).toBeNull();
  });
});

describe('formatting', () => {
  it('knows the decimal separator', () => {
    expect(decimalSeparator('nl')).toBe(',');
    expect(decimalSeparator('de')).toBe(',');
    expect(decimalSeparator('en')).toBe('.');
  });

  it('formats input numbers without grouping, so they parse back', () => {
    expect(formatInputNumber(1234.5, 'de')).toBe('1234,5');
    expect(formatInputNumber(0.03 * 100, 'nl')).toBe('3');
    expect(parseLocaleNumber(formatInputNumber(150000.25, 'nl'), 'nl')).toBe(150000.25);
  });

  it('formats money and percentages per locale', () => {
    expect(formatMoney(525855.4, 'EUR', 'en')).toBe('€525,855');
    expect(formatMoney(525855.4, 'EUR', 'nl')).toMatch(/^€\s?525\.855$/);
    expect(formatMoney(10, 'XX', 'en')).toBe('10 XX');
    expect(formatPercent(0.0457, 'de')).toMatch(/^4,57\s?%$/);
  });
});
