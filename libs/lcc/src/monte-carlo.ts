import { mulberry32 } from './draw.js';
import { requireFinite, requireRate } from './guards.js';
import {
  computeOffer,
  withCo2PriceChange,
  withEnergyPriceChange,
  withMaintenanceChange,
  withResidualValueChange,
  type SplitAmounts,
} from './offer-costs.js';
import { rankOffers } from './ranking.js';
import type { LccScenario } from './schema.js';

/**
 * Monte Carlo analysis: each uncertain input is drawn uniformly from its range, independently,
 * with a seeded generator (mulberry32), so the same seed gives the same distribution.
 * Relative changes scale an input for every offer alike (as the sensitivity analysis does);
 * `discountRate` replaces the scenario's rate.
 */
export interface MonteCarloRanges {
  energyPriceChange?: Range;
  co2PriceChange?: Range;
  maintenanceChange?: Range;
  residualValueChange?: Range;
  discountRate?: Range;
}

export interface Range {
  min: number;
  max: number;
}

export interface MonteCarloOffer {
  offerId: string;
  mean: number;
  p5: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
  /** Share of draws in which this offer is cheapest (ties go to the first in input order). */
  probabilityCheapest: number;
}

export interface MonteCarloResult {
  draws: number;
  seed: number;
  offers: MonteCarloOffer[];
}

export const MAX_DRAWS = 100_000;

const scalers = [
  ['energyPriceChange', withEnergyPriceChange],
  ['co2PriceChange', withCo2PriceChange],
  ['maintenanceChange', withMaintenanceChange],
  ['residualValueChange', withResidualValueChange],
] as const;

/** Undiscounted amounts of one offer, ready to be discounted at any rate. */
function amounts(scenario: LccScenario, offerIndex: number) {
  const offer = scenario.offers[offerIndex];
  if (!offer) throw new RangeError(`No offer ${offerIndex}`);
  const split: SplitAmounts = { yearEnd: [], paid: [], shift: 0 };
  const c = computeOffer(scenario, offer, { flows: false, split });
  return { split, undiscounted: c.cleanVehicles?.total ?? 0 };
}

function discounted(a: ReturnType<typeof amounts>, r: number): number {
  let total = a.undiscounted;
  const { yearEnd, paid, shift } = a.split;
  for (let t = 0; t < yearEnd.length; t++) {
    const end = yearEnd[t] ?? 0;
    const early = paid[t] ?? 0;
    if (end !== 0) total += end * Math.pow(1 + r, -t);
    if (early !== 0) total += early * Math.pow(1 + r, -(t - shift));
  }
  return total;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

export function monteCarlo(
  scenario: LccScenario,
  ranges: MonteCarloRanges,
  { draws = 10_000, seed = 1 }: { draws?: number; seed?: number } = {},
): MonteCarloResult {
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
    throw new RangeError(`draws must be a whole number from 1 to ${MAX_DRAWS}, got ${draws}`);
  }
  requireFinite('seed', seed);
  for (const [name, range] of Object.entries(ranges) as [string, Range | undefined][]) {
    if (!range) continue;
    requireRate(`${name}.min`, range.min);
    requireRate(`${name}.max`, range.max);
    if (range.min > range.max) throw new RangeError(`${name}: min must not exceed max`);
  }
  const offers = scenario.offers;
  // Each total is linear in every relative change: total = base + Σ c_k × (total at +100 % − base).
  const base = offers.map((_, i) => amounts(scenario, i));
  const active = scalers.filter(([key]) => ranges[key]);
  const plusOne = active.map(([, vary]) => {
    const varied = vary(scenario, 1);
    return offers.map((_, i) => amounts(varied, i));
  });
  const rng = mulberry32(seed);
  const draw = (range: Range) => range.min + rng() * (range.max - range.min);
  const totals = offers.map(() => new Float64Array(draws));
  const cheapestCount = new Array<number>(offers.length).fill(0);
  const fixedRate = scenario.discountRate;
  const fixedBase = base.map((a) => discounted(a, fixedRate));
  const fixedDeltas = plusOne.map((variant) =>
    variant.map((a, i) => discounted(a, fixedRate) - (fixedBase[i] ?? 0)),
  );
  // With a drawn rate: per offer the base amounts and, per change, the extra amounts at +100 %,
  // combined per year and discounted once per draw.
  const perOffer = base.map((a, i) => {
    const extra = plusOne.map((variant) => variant[i] ?? a);
    const minus = (x: number[], y: number[]) => x.map((v, t) => v - (y[t] ?? 0));
    return {
      base: a,
      endDeltas: extra.map((e) => minus(e.split.yearEnd, a.split.yearEnd)),
      paidDeltas: extra.map((e) => minus(e.split.paid, a.split.paid)),
      undiscountedDeltas: extra.map((e) => e.undiscounted - a.undiscounted),
    };
  });
  const totalAtRate = (i: number, r: number, changes: number[]): number => {
    const o = perOffer[i];
    if (!o) return NaN;
    const { yearEnd, paid, shift } = o.base.split;
    let total = o.base.undiscounted;
    changes.forEach((c, k) => (total += c * (o.undiscountedDeltas[k] ?? 0)));
    const step = 1 / (1 + r);
    const early = Math.pow(1 + r, shift);
    let df = 1;
    for (let t = 0; t < yearEnd.length; t++) {
      let end = yearEnd[t] ?? 0;
      let atPaid = paid[t] ?? 0;
      for (let k = 0; k < changes.length; k++) {
        const c = changes[k] ?? 0;
        end += c * (o.endDeltas[k]?.[t] ?? 0);
        atPaid += c * (o.paidDeltas[k]?.[t] ?? 0);
      }
      total += end * df + atPaid * df * early;
      df *= step;
    }
    return total;
  };

  for (let d = 0; d < draws; d++) {
    const changes = active.map(([key]) => draw(ranges[key] as Range));
    const r = ranges.discountRate ? draw(ranges.discountRate) : fixedRate;
    const totalOf = (i: number) => {
      if (ranges.discountRate) return totalAtRate(i, r, changes);
      let total = fixedBase[i] ?? 0;
      changes.forEach((c, k) => (total += c * (fixedDeltas[k]?.[i] ?? 0)));
      return total;
    };
    const drawTotals = offers.map((o, i) => {
      const total = totalOf(i);
      if (!Number.isFinite(total)) {
        throw new RangeError(
          `Draw ${d + 1} gives a total that is not a finite number: narrow the ranges`,
        );
      }
      totals[i]![d] = total;
      return { offerId: o.id, total };
    });
    const cheapest = rankOffers(drawTotals)[0];
    const index = offers.findIndex((o) => o.id === cheapest);
    cheapestCount[index] = (cheapestCount[index] ?? 0) + 1;
  }

  return {
    draws,
    seed,
    offers: offers.map((o, i) => {
      const values = totals[i] ?? new Float64Array();
      let sum = 0;
      for (const v of values) sum += v;
      const sorted = values.slice().sort();
      return {
        offerId: o.id,
        mean: sum / draws,
        p5: percentile(sorted, 0.05),
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        min: sorted[0] ?? NaN,
        max: sorted[sorted.length - 1] ?? NaN,
        probabilityCheapest: (cheapestCount[i] ?? 0) / draws,
      };
    }),
  };
}
