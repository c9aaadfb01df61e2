/** Locale-aware number input and output for the LCC calculator (nl/de write 0,03 and 1.234,5). */
import { parseLocaleNumber as parseNumber } from './localeNumber';

/** The decimal separator of a locale, e.g. "," for nl and de, "." for en. */
export function decimalSeparator(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
  );
}

/**
 * Reads a number as a person types it in their locale: "1.234,5" (nl/de), "1,234.5" (en),
 * "3 %", " 0,03 ", "−2". Percent signs are stripped; the caller decides whether the field is in
 * percent. The one locale-number reader of the web app (shared with quiz answers).
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  return parseNumber(text.replace(/%/g, '').replace(/\u2012/g, '-'), locale);
}

/** Formats a number for an input field: no grouping, up to `digits` decimals, locale separator. */
export function formatInputNumber(value: number, locale: string, digits = 6): string {
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A rounded amount of money for display, e.g. "€525,855". */
export function formatMoney(value: number, currency: string, locale: string, digits = 0): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    }).format(value);
  } catch {
    // An unknown currency code while the user is still typing it.
    return `${formatNumber(value, locale, digits)} ${currency}`;
  }
}

export function formatNumber(value: number, locale: string, digits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A fraction as a percentage, e.g. 0.045684 → "4.57%" (en) or "4,57%" (nl). */
export function formatPercent(fraction: number, locale: string, digits = 2): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(
    fraction,
  );
}
