import { costCategories, type CostCategory, type LccResult } from '@academy/lcc';
import { csvFormatFor, toCsv, type CsvValue } from '@academy/tabular';

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

/**
 * Results as CSV: the assumptions (period, real discount rate as a percentage, CO2 price,
 * currency), present value per offer and category with totals, then yearly cash flows. The
 * separator and decimal mark follow the locale's spreadsheets (@academy/tabular, shared with the
 * API's exports); money has 2 decimals.
 */
export function buildLccCsv(
  result: LccResult,
  names: Record<string, string>,
  locale: string,
  labels: LccCsvLabels,
  assumptions: LccCsvAssumptions,
): string {
  const name = (id: string) => names[id] || id;
  // Counts are text: every number in the file is written with 2 decimals.
  const count = (n: number) => String(n);
  const rows: CsvValue[][] = [
    [labels.assumptions],
    [labels.periodYears, count(result.periodYears)],
    [labels.discountRate, result.discountRate * 100],
    [labels.co2Price, assumptions.co2PricePerTonne],
    [labels.currency, result.currency],
    [],
    [labels.offer, labels.offerId, labels.category, labels.presentValue],
  ];
  for (const o of result.offers) {
    for (const c of costCategories)
      rows.push([name(o.offerId), o.offerId, labels.categories[c], o.categories[c]]);
    rows.push([name(o.offerId), o.offerId, labels.total, o.total]);
  }
  rows.push(
    [],
    [labels.offer, labels.offerId, labels.total, labels.rank, labels.differenceToCheapest],
  );
  for (const o of result.offers)
    rows.push([name(o.offerId), o.offerId, o.total, count(o.rank), o.differenceToCheapest]);
  rows.push(
    [],
    [labels.cashFlows],
    [
      labels.offer,
      labels.offerId,
      labels.year,
      labels.amount,
      labels.presentValue,
      labels.cumulative,
    ],
  );
  for (const o of result.offers)
    for (const f of o.cashFlows)
      rows.push([
        name(o.offerId),
        o.offerId,
        count(f.year),
        f.amount,
        f.presentValue,
        f.cumulativePresentValue,
      ]);
  return toCsv(rows, { format: csvFormatFor(locale), fractionDigits: 2 });
}

/** `lcc-2026-11-29.csv`, from the local date. */
export function csvFilename(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `lcc-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
