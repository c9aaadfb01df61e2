import type { CleanVehicleCost } from './clean-vehicles.js';
import type { LccWarning } from './warnings.js';

/** Cost categories of Art. 68(1) Directive 2014/24/EU. */
export const costCategories = [
  'acquisition',
  'energy',
  'maintenance',
  'consumables',
  'other',
  'oneOff',
  'endOfLife',
  'externalities',
  'revenues',
] as const;
export type CostCategory = (typeof costCategories)[number];

/**
 * Present value per category. `endOfLife` = disposal − residual value (may be negative);
 * `revenues` (sale of recovered materials, rebates) are negative.
 * For a vehicle offer, `energy` and `externalities` (CO2 + NOx + NMHC + particulates) are the
 * Clean Vehicles Directive lifetime costs, undiscounted as that Directive prescribes.
 */
export type CategoryValues = Record<CostCategory, number>;

export interface CashFlow {
  /** 0 = acquisition; 1..n = end of each year. */
  year: number;
  /** Costs incurred that year in real terms (before discounting). */
  amount: number;
  /** amount discounted to year 0 (a vehicle's lifetime cost share is not discounted). */
  presentValue: number;
  /** Σ presentValue up to and including this year; at year n it equals the offer's total. */
  cumulativePresentValue: number;
}

export interface OfferLcc {
  offerId: string;
  categories: CategoryValues;
  /** Life-cycle cost: Σ categories. */
  total: number;
  /** total / annuity factor (r, n): the constant yearly amount with the same present value. */
  equivalentAnnualCost: number;
  /** 1 = cheapest; equal totals share a rank. */
  rank: number;
  /** total − total of the cheapest offer (0 for the cheapest). */
  differenceToCheapest: number;
  /** The category with the largest value. */
  dominantCategory: CostCategory;
  cashFlows: CashFlow[];
  /** The Clean Vehicles Directive breakdown, for offers with vehicle data. */
  cleanVehicles: CleanVehicleCost | null;
}

/** When a dearer-to-buy offer's cumulative discounted cost falls to or below a cheaper one's. */
export interface BreakEven {
  /** The offer with the higher year-0 cost. */
  offerId: string;
  /** The offer with the lower year-0 cost. */
  comparedWithOfferId: string;
  /** First year 1..n in which it is no longer dearer, or null if it never is within the period. */
  year: number | null;
}

export interface OfferTotal {
  offerId: string;
  total: number;
}

export interface SensitivityPoint {
  /** The parameter value: a discount rate, or a relative energy price change (−0.5 = −50 %). */
  value: number;
  totals: OfferTotal[];
  /** Offer ids, cheapest first. */
  ranking: string[];
}

export interface RankingSwitch {
  /** Parameter value at which the ranking changes (located to about 1e-9). */
  value: number;
  rankingBefore: string[];
  rankingAfter: string[];
}

export type SensitivityParameter =
  | 'discountRate'
  | 'energyPriceChange'
  | 'co2PriceChange'
  | 'maintenanceChange'
  | 'residualValueChange'
  | 'periodYears';

export interface SensitivityAnalysis {
  parameter: SensitivityParameter;
  points: SensitivityPoint[];
  /** Empty when the ranking holds over the whole range. */
  switches: RankingSwitch[];
}

/** One bar of a tornado chart: each offer's total at the lowest and highest parameter value. */
export interface TornadoBar {
  parameter: SensitivityParameter;
  low: number;
  high: number;
  /** In input order. */
  offers: { offerId: string; base: number; atLow: number; atHigh: number }[];
  /** Largest |atHigh − atLow| over the offers: the sort key. */
  swing: number;
}

export interface TraceStep {
  /** 1-based position in the trace. */
  step: number;
  /** Stable key the UI translates, e.g. `energyPresentValue`. */
  key: string;
  /** The offer the step belongs to, or null for scenario-level steps. */
  offerId: string | null;
  /** Locale-neutral formula with the numbers filled in (decimal point, no grouping). */
  formula: string;
  value: number;
}

export interface LccResult {
  currency: string;
  periodYears: number;
  discountRate: number;
  /** (1 − (1 + r)^−n) / r for the scenario: the present value of 1 per year. */
  annuityFactor: number;
  /** In input order. */
  offers: OfferLcc[];
  /** Offer ids, cheapest first (ties keep input order). */
  ranking: string[];
  breakEvens: BreakEven[];
  /** Null when switched off in the options. */
  sensitivity: {
    discountRate: SensitivityAnalysis;
    energyPrice: SensitivityAnalysis;
    co2Price: SensitivityAnalysis;
    maintenance: SensitivityAnalysis;
    residualValue: SensitivityAnalysis;
    period: SensitivityAnalysis;
    /** Each analysis's lowest and highest value, widest swing first (for a tornado chart). */
    tornado: TornadoBar[];
  } | null;
  /** Empty when switched off in the options. */
  trace: TraceStep[];
  /** Things that look like mistakes (see warnings.ts); empty when none. */
  warnings: LccWarning[];
}

export interface LccOptions {
  /** Default true. */
  sensitivity?: boolean;
  /** Default true. */
  trace?: boolean;
  /** Default 0, 0.005, …, 0.08. */
  discountRates?: readonly number[];
  /** Relative energy price changes; default −0.5, −0.4, …, +1.0. */
  energyPriceChanges?: readonly number[];
  /** Relative changes for the CO2 price, maintenance and residual value; default as energy. */
  co2PriceChanges?: readonly number[];
  maintenanceChanges?: readonly number[];
  residualValueChanges?: readonly number[];
  /** Periods in whole years; default n − 5 … n + 5 within 1 … 100. */
  periods?: readonly number[];
}
