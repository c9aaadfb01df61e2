import { costCategories, type CostCategory, type LccResult } from '@academy/lcc';
import { decimalSeparator } from './lccNumbers';

export interface LccCsvLabels {
  offer: string;
  offerId: string;
  category: string;
  presentValue: string;
  total: string;
  rank: string;
  differenceToCheapest: string;
  cashFlows: string;
  year: string;
  amount: string;
  cumulative: string;
  categories: Record<CostCategory, string>;
  /** The assumptions block: its title and each line's label with its unit. */
  assumptions: string;
  periodYears: string;
  discountRate: string;
  co2Price: string;
  currency: string;
}

/** Scenario inputs the CSV repeats, so a sheet read later says what its figures assumed. */
export interface LccCsvAssumptions {
  co2PricePerTonne: number;
}

/** Comma-decimal locales get semicolon-separated values, as their spreadsheet programs expect. */
export const csvSeparator = (locale: string): string =>
  decimalSeparator(locale) === ',' ? ';' : ',';

/** Quotes a cell when needed; text that a spreadsheet would run as a formula is defused. */
export function csvCell(value: string, separator: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\n\r]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number with 2 decimals, no grouping and the locale's decimal separator. */
export function csvNumber(value: number, locale: string): string {
  const fixed = (Math.round(value * 100) / 100).toFixed(2);
  return decimalSeparator(locale) === ',' ? fixed.replace('.', ',') : fixed;
}

/**
 * Results as CSV: the assumptions (period, real discount rate as a percentage, CO2 price,
 * currency), present value per offer and category with totals, then yearly cash flows. Numbers
 * use the locale's decimal separator.
 */
export function buildLccCsv(
  result: LccResult,
  names: Record<string, string>,
  locale: string,
  labels: LccCsvLabels,
  assumptions: LccCsvAssumptions,
): string {
  const sep = csvSeparator(locale);
  const row = (cells: string[]) => cells.join(sep);
  const text = (s: string) => csvCell(s, sep);
  const name = (id: string) => text(names[id] || id);
  const lines: string[] = [
    text(labels.assumptions),
    row([text(labels.periodYears), String(result.periodYears)]),
    row([text(labels.discountRate), csvNumber(result.discountRate * 100, locale)]),
    row([text(labels.co2Price), csvNumber(assumptions.co2PricePerTonne, locale)]),
    row([text(labels.currency), text(result.currency)]),
    '',
    row([labels.offer, labels.offerId, labels.category, labels.presentValue].map(text)),
  ];
  for (const o of result.offers) {
    for (const c of costCategories)
      lines.push(
        row([
          name(o.offerId),
          text(o.offerId),
          text(labels.categories[c]),
          csvNumber(o.categories[c], locale),
        ]),
      );
    lines.push(
      row([name(o.offerId), text(o.offerId), text(labels.total), csvNumber(o.total, locale)]),
    );
  }
  lines.push('');
  lines.push(
    row(
      [labels.offer, labels.offerId, labels.total, labels.rank, labels.differenceToCheapest].map(
        text,
      ),
    ),
  );
  for (const o of result.offers) {
    lines.push(
      row([
        name(o.offerId),
        text(o.offerId),
        csvNumber(o.total, locale),
        String(o.rank),
        csvNumber(o.differenceToCheapest, locale),
      ]),
    );
  }
  lines.push('');
  lines.push(text(labels.cashFlows));
  lines.push(
    row(
      [
        labels.offer,
        labels.offerId,
        labels.year,
        labels.amount,
        labels.presentValue,
        labels.cumulative,
      ].map(text),
    ),
  );
  for (const o of result.offers) {
    for (const f of o.cashFlows) {
      lines.push(
        row([
          name(o.offerId),
          text(o.offerId),
          String(f.year),
          csvNumber(f.amount, locale),
          csvNumber(f.presentValue, locale),
          csvNumber(f.cumulativePresentValue, locale),
        ]),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** `lcc-2026-11-29.csv`, from the local date. */
export function csvFilename(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `lcc-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
