import { requireFinite, requireRate, requireWholeYears } from './guards.js';
import {
  computeOffer,
  type SplitAmounts,
  withCo2PriceChange,
  withEnergyPriceChange,
  withMaintenanceChange,
  withPeriod,
  withResidualValueChange,
} from './offer-costs.js';
import { rankOffers } from './ranking.js';
import type { LccScenario } from './schema.js';
import { MAX_PERIOD_YEARS } from './schema.js';
import type {
  LccOptions,
  OfferTotal,
  RankingSwitch,
  SensitivityAnalysis,
  SensitivityPoint,
  TornadoBar,
} from './types.js';

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
/** Each offer's total at a parameter value. */
type Totals = (value: number) => OfferTotal[];

/** Recomputes the scenario at each value (discount rate, period: not linear). */
function recomputed(scenario: LccScenario, vary: Vary): Totals {
  return (value) => {
    const varied = vary(scenario, value);
    return varied.offers.map((o) => ({
      offerId: o.id,
      total: computeOffer(varied, o, { flows: false }).total,
    }));
  };
}

/**
 * The undiscounted amounts do not depend on the discount rate: they are computed once per offer
 * and discounted at each rate, Σ yearEnd[t] / (1 + r)^t + paid[t] / (1 + r)^(t − shift), plus
 * the undiscounted Clean Vehicles costs.
 */
function byDiscountRate(scenario: LccScenario): Totals {
  const parts = scenario.offers.map((o) => {
    const split: SplitAmounts = { yearEnd: [], paid: [], shift: 0 };
    const c = computeOffer(scenario, o, { flows: false, split });
    return { offerId: o.id, split, undiscounted: c.cleanVehicles?.total ?? 0 };
  });
  return (r) =>
    parts.map(({ offerId, split, undiscounted }) => {
      let total = undiscounted;
      for (let t = 0; t < split.yearEnd.length; t++) {
        const end = split.yearEnd[t] ?? 0;
        const paid = split.paid[t] ?? 0;
        if (end !== 0) total += end * Math.pow(1 + r, -t);
        if (paid !== 0) total += paid * Math.pow(1 + r, -(t - split.shift));
      }
      return { offerId, total };
    });
}

/**
 * For a relative change c that scales one input (a price, maintenance, residual value), every
 * total is linear in c: total(c) = total(0) + c × (total(1) − total(0)). Two computations then
 * serve the whole range and the bisection, instead of one per point and per step.
 */
function linear(scenario: LccScenario, vary: Vary): Totals {
  const at = recomputed(scenario, vary);
  const base = at(0);
  const plusOne = at(1);
  return (value) =>
    base.map((b, i) => ({
      offerId: b.offerId,
      total: b.total + value * ((plusOne[i]?.total ?? 0) - b.total),
    }));
}

function sameRanking(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Locates where the ranking changes between two grid values by bisection; repeats from each
 * switch found, so several switches between two grid points are all reported.
 */
function findSwitches(
  totalsAt: Totals,
  lo: number,
  hi: number,
  rankingHi: string[],
  discrete: boolean,
): RankingSwitch[] {
  // Whole years: the ranking changes at the next grid value; there is nothing in between.
  if (discrete) {
    return [
      {
        value: hi,
        rankingBefore: rankOffers(totalsAt(lo)),
        rankingAfter: rankingHi,
      },
    ];
  }
  const switches: RankingSwitch[] = [];
  const rankingAt = (v: number) => rankOffers(totalsAt(v));
  let from = lo;
  let before = rankingAt(lo);
  while (!sameRanking(before, rankingHi) && switches.length < 20) {
    let a = from;
    let b = hi;
    let after = rankingHi;
    for (let i = 0; i < 60 && b - a > 1e-11; i++) {
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
  totalsAt: Totals,
  parameter: SensitivityAnalysis['parameter'],
  values: readonly number[],
  discrete = false,
): SensitivityAnalysis {
  const sorted = [...values].sort((a, b) => a - b);
  for (const v of sorted) requireFinite(parameter, v);
  const points: SensitivityPoint[] = sorted.map((value) => {
    const totals = totalsAt(value);
    return { value, totals, ranking: rankOffers(totals) };
  });
  const switches: RankingSwitch[] = [];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1];
    const next = points[i];
    if (prev && next && !sameRanking(prev.ranking, next.ranking)) {
      switches.push(...findSwitches(totalsAt, prev.value, next.value, next.ranking, discrete));
    }
  }
  return { parameter, points, switches };
}

/** Ranking over a range of discount rates (only the rate changes). */
export function discountRateSensitivity(
  scenario: LccScenario,
  rates: readonly number[] = DEFAULT_DISCOUNT_RATES,
): SensitivityAnalysis {
  for (const r of rates) requireRate('discount rate', r);
  return analyse(byDiscountRate(scenario), 'discountRate', rates);
}

/** Relative changes must stay above −100 % (a price cannot turn negative). */
function relative(changes: readonly number[]): readonly number[] {
  for (const c of changes) requireRate('relative change', c);
  return changes;
}

/** n − 5 … n + 5, within 1 … 100. */
export function defaultPeriods(n: number): number[] {
  const out: number[] = [];
  for (let y = Math.max(1, n - 5); y <= Math.min(MAX_PERIOD_YEARS, n + 5); y++) out.push(y);
  return out;
}

export function co2PriceSensitivity(
  scenario: LccScenario,
  changes: readonly number[] = DEFAULT_ENERGY_PRICE_CHANGES,
): SensitivityAnalysis {
  return analyse(linear(scenario, withCo2PriceChange), 'co2PriceChange', relative(changes));
}

export function maintenanceSensitivity(
  scenario: LccScenario,
  changes: readonly number[] = DEFAULT_ENERGY_PRICE_CHANGES,
): SensitivityAnalysis {
  return analyse(linear(scenario, withMaintenanceChange), 'maintenanceChange', relative(changes));
}

export function residualValueSensitivity(
  scenario: LccScenario,
  changes: readonly number[] = DEFAULT_ENERGY_PRICE_CHANGES,
): SensitivityAnalysis {
  return analyse(
    linear(scenario, withResidualValueChange),
    'residualValueChange',
    relative(changes),
  );
}

/** Ranking over other periods (whole years 1 … 100); switches fall on whole years. */
export function periodSensitivity(
  scenario: LccScenario,
  periods: readonly number[] = defaultPeriods(scenario.periodYears),
): SensitivityAnalysis {
  for (const y of periods) {
    requireWholeYears('period', y);
    if (y < 1 || y > MAX_PERIOD_YEARS)
      throw new RangeError(`period must be 1 to ${MAX_PERIOD_YEARS}, got ${y}`);
  }
  return analyse(recomputed(scenario, withPeriod), 'periodYears', periods, true);
}

/** Each analysis's ends as tornado bars, the widest swing first. */
export function tornado(
  scenario: LccScenario,
  analyses: readonly SensitivityAnalysis[],
): TornadoBar[] {
  const base = new Map(
    scenario.offers.map((o) => [o.id, computeOffer(scenario, o).total] as const),
  );
  const bars = analyses.flatMap((a): TornadoBar[] => {
    const lo = a.points[0];
    const hi = a.points[a.points.length - 1];
    if (!lo || !hi) return [];
    const offers = scenario.offers.map((o) => ({
      offerId: o.id,
      base: base.get(o.id) ?? 0,
      atLow: lo.totals.find((t) => t.offerId === o.id)?.total ?? 0,
      atHigh: hi.totals.find((t) => t.offerId === o.id)?.total ?? 0,
    }));
    const swing = Math.max(...offers.map((o) => Math.abs(o.atHigh - o.atLow)));
    return [{ parameter: a.parameter, low: lo.value, high: hi.value, offers, swing }];
  });
  return bars.sort((a, b) => b.swing - a.swing);
}

/** Every sensitivity analysis of `calculateLcc`, with the tornado built from them. */
export function fullSensitivity(scenario: LccScenario, options: LccOptions = {}) {
  const discountRate = discountRateSensitivity(scenario, options.discountRates);
  const energyPrice = energyPriceSensitivity(scenario, options.energyPriceChanges);
  const co2Price = co2PriceSensitivity(scenario, options.co2PriceChanges);
  const maintenance = maintenanceSensitivity(scenario, options.maintenanceChanges);
  const residualValue = residualValueSensitivity(scenario, options.residualValueChanges);
  const period = periodSensitivity(scenario, options.periods);
  return {
    discountRate,
    energyPrice,
    co2Price,
    maintenance,
    residualValue,
    period,
    tornado: tornado(scenario, [
      discountRate,
      energyPrice,
      co2Price,
      maintenance,
      residualValue,
      period,
    ]),
  };
}

/** Ranking over relative changes of every energy price (incl. the Clean Vehicles €/MJ). */
export function energyPriceSensitivity(
  scenario: LccScenario,
  changes: readonly number[] = DEFAULT_ENERGY_PRICE_CHANGES,
): SensitivityAnalysis {
  return analyse(linear(scenario, withEnergyPriceChange), 'energyPriceChange', relative(changes));
}
