import type { BreakEven, CashFlow, OfferTotal } from './types.js';

/** Totals closer than this (relative) count as equal, so float noise never reorders offers. */
const TIE = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Offer ids, cheapest first; equal totals keep input order. */
export function rankOffers(totals: readonly OfferTotal[]): string[] {
  return totals
    .map((t, index) => ({ ...t, index }))
    .sort((a, b) => (nearlyEqual(a.total, b.total) ? a.index - b.index : a.total - b.total))
    .map((t) => t.offerId);
}

/** Competition ranks (1, 1, 3): equal totals share a rank. */
export function rankNumbers(totals: readonly OfferTotal[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const t of totals) {
    ranks.set(
      t.offerId,
      1 + totals.filter((o) => o.total < t.total && !nearlyEqual(o.total, t.total)).length,
    );
  }
  return ranks;
}

/**
 * First year t ≥ 1 in which the cumulative discounted cost of `dearer` is at or below that of
 * `cheaper`; 0 if `dearer` is not dearer at year 0; null if it stays dearer to year n.
 */
export function breakEvenYear(
  dearer: readonly CashFlow[],
  cheaper: readonly CashFlow[],
): number | null {
  const startD = dearer[0]?.cumulativePresentValue ?? 0;
  const startC = cheaper[0]?.cumulativePresentValue ?? 0;
  if (startD <= startC || nearlyEqual(startD, startC)) return 0;
  for (let i = 1; i < dearer.length; i++) {
    const d = dearer[i]?.cumulativePresentValue ?? Infinity;
    const c = cheaper[i]?.cumulativePresentValue ?? -Infinity;
    if (d <= c || nearlyEqual(d, c)) return i;
  }
  return null;
}

interface OfferFlows {
  offerId: string;
  cashFlows: readonly CashFlow[];
}

/** Break-even years for every pair of offers whose year-0 costs differ. */
export function breakEvens(offers: readonly OfferFlows[]): BreakEven[] {
  const result: BreakEven[] = [];
  for (const a of offers) {
    for (const b of offers) {
      const year = breakEvenYear(a.cashFlows, b.cashFlows);
      if (a !== b && year !== 0) {
        result.push({ offerId: a.offerId, comparedWithOfferId: b.offerId, year });
      }
    }
  }
  return result;
}
