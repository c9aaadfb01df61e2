import { computeOffer, withDiscountRate, withEnergyPriceChange } from './offer-costs.js';
import { rankOffers } from './ranking.js';
import type { LccScenario } from './schema.js';
import type { OfferTotal, RankingSwitch, SensitivityAnalysis, SensitivityPoint } from './types.js';

/** 0 % to 8 % in steps of 0.5 percentage points. */
export const DEFAULT_DISCOUNT_RATES: readonly number[] = steps(0, 0.08, 0.005);
/** −50 % to +100 % in steps of 10 percentage points. */
export const DEFAULT_ENERGY_PRICE_CHANGES: readonly number[] = steps(-0.5, 1, 0.1);

function steps(from: number, to: number, step: number): number[] {
  const count = Math.round((to - from) / step);
  // Rounded to 10 decimals so the grid reads 0.035, not 0.035000000000000003.
  return Array.from({ length: count + 1 }, (_, i) => Number((from + i * step).toFixed(10)));
}

type Vary = (scenario: LccScenario, value: number) => LccScenario;

function totalsAt(scenario: LccScenario, vary: Vary, value: number): OfferTotal[] {
  const varied = vary(scenario, value);
  return varied.offers.map((o) => ({ offerId: o.id, total: computeOffer(varied, o).total }));
}

function sameRanking(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Locates where the ranking changes between two grid values by bisection; repeats from each
 * switch found, so several switches between two grid points are all reported.
 */
function findSwitches(
  scenario: LccScenario,
  vary: Vary,
  lo: number,
  hi: number,
  rankingHi: string[],
): RankingSwitch[] {
  const switches: RankingSwitch[] = [];
  const rankingAt = (v: number) => rankOffers(totalsAt(scenario, vary, v));
  let from = lo;
  let before = rankingAt(lo);
  while (!sameRanking(before, rankingHi) && switches.length < 20) {
    let a = from;
    let b = hi;
    let after = rankingHi;
    for (let i = 0; i < 60 && b - a > 1e-12; i++) {
      const mid = (a + b) / 2;
      const rankingMid = rankingAt(mid);
      if (sameRanking(rankingMid, before)) {
        a = mid;
      } else {
        b = mid;
        after = rankingMid;
      }
    }
    switches.push({ value: (a + b) / 2, rankingBefore: before, rankingAfter: after });
    from = b;
    before = after;
  }
  return switches;
}

function analyse(
  scenario: LccScenario,
  parameter: SensitivityAnalysis['parameter'],
  values: readonly number[],
  vary: Vary,
): SensitivityAnalysis {
  const sorted = [...values].sort((a, b) => a - b);
  const points: SensitivityPoint[] = sorted.map((value) => {
    const totals = totalsAt(scenario, vary, value);
    return { value, totals, ranking: rankOffers(totals) };
  });
  const switches: RankingSwitch[] = [];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1];
    const next = points[i];
    if (prev && next && !sameRanking(prev.ranking, next.ranking)) {
      switches.push(...findSwitches(scenario, vary, prev.value, next.value, next.ranking));
    }
  }
  return { parameter, points, switches };
}

/** Ranking over a range of discount rates (only the rate changes). */
export function discountRateSensitivity(
  scenario: LccScenario,
  rates: readonly number[] = DEFAULT_DISCOUNT_RATES,
): SensitivityAnalysis {
  return analyse(scenario, 'discountRate', rates, withDiscountRate);
}

/** Ranking over relative changes of every energy price (incl. the Clean Vehicles €/MJ). */
export function energyPriceSensitivity(
  scenario: LccScenario,
  changes: readonly number[] = DEFAULT_ENERGY_PRICE_CHANGES,
): SensitivityAnalysis {
  return analyse(scenario, 'energyPriceChange', changes, withEnergyPriceChange);
}
