import { cleanVehicleCost, type CleanVehicleCost } from './clean-vehicles.js';
import { requireRate } from './guards.js';
import type { LccOffer, LccScenario, PaymentTiming } from './schema.js';
import { costCategories, type CashFlow, type CategoryValues, type CostCategory } from './types.js';

/**
 * Cost conventions (also in README.md):
 * - acquisition (purchase + installation) is paid at t = 0 and not discounted;
 * - yearly costs fall at the end of each year t = 1..n and are discounted by (1 + r)^t;
 * - energy in year t = consumption × price × (1 + escalation)^(t−1): the stated price is the
 *   year-1 price and escalation applies from year 2 on;
 * - one-off costs fall at the end of their year;
 * - end of life (disposal − residual value) falls at the end of year n;
 * - maintenance, consumables and other escalate like energy, each by its own rate (default 0);
 * - externalities = (CO2 tonnes per year + consumption × kg CO2e per unit / 1000) × the CO2
 *   price of year t: `co2PricePerTonneByYear[t − 1]` when given, else
 *   co2PricePerTonne × (1 + co2PriceEscalation)^(t−1) (not escalated by default), plus the
 *   other pollutants (kg NOx, SO2, NMHC, particulates per year × price per kg), constant;
 * - a vehicle offer's energy and emission costs follow Directive 2009/33/EC: lifetime totals,
 *   undiscounted as that Directive prescribes, booked in `energy` and `externalities`; in the
 *   cash flows they are spread evenly over years 1..n so the cumulative ends at the total;
 * - timing: recurring yearly costs (not one-offs, not end of life) of year t are paid at t (end, default), t − 0.5
 *   (middle) or t − 1 (start) and discounted from then;
 * - nominal prices: each amount, stated at today's price level, is multiplied by
 *   (1 + inflation)^(payment time) and discounted at the nominal rate.
 */
export interface OfferComputation {
  categories: CategoryValues;
  total: number;
  cashFlows: CashFlow[];
  cleanVehicles: CleanVehicleCost | null;
}

export function emptyCategories(): CategoryValues {
  return Object.fromEntries(costCategories.map((c) => [c, 0])) as CategoryValues;
}

/** Direct CO2 plus CO2 from energy (consumption × kg CO2e per unit), in tonnes per year. */
export function co2TonnesPerYear(offer: LccOffer): number {
  const fromEnergy = (offer.energy.consumptionPerYear * offer.energy.co2KgPerUnit) / 1000;
  return offer.emissions.co2TonnesPerYear + fromEnergy;
}

/**
 * Yearly cost of the pollutants other than CO2 (kg per year × price per kg), constant in real
 * terms. Vehicle offers price theirs by the Clean Vehicles method instead.
 */
export function pollutantCostPerYear(scenario: LccScenario, offer: LccOffer): number {
  const e = offer.emissions;
  const p = scenario.externalityPrices;
  return (
    e.noxKgPerYear * p.noxPerKg +
    e.so2KgPerYear * p.so2PerKg +
    e.nmhcKgPerYear * p.nmhcPerKg +
    e.particulatesKgPerYear * p.particulatesPerKg
  );
}

/** The CO2 price per tonne in year t (1..n): the table when given, else the escalated price. */
export function co2PriceInYear(scenario: LccScenario, t: number): number {
  const table = scenario.co2PricePerTonneByYear;
  // Beyond the table (a longer period in sensitivity analysis) the last price holds.
  if (table) return table[t - 1] ?? table[table.length - 1] ?? 0;
  const c = scenario.co2PriceEscalation;
  return c === 0 ? scenario.co2PricePerTonne : scenario.co2PricePerTonne * Math.pow(1 + c, t - 1);
}

/** Years by which a yearly payment comes before the end of its year. */
export const TIMING_SHIFT: Readonly<Record<PaymentTiming, number>> = {
  end: 0,
  middle: 0.5,
  start: 1,
};

/** Whether the offer is bought again at the end of year t (0 < t < n) because its service life ends. */
export function isReplacementYear(offer: LccOffer, t: number): boolean {
  const life = offer.serviceLifeYears;
  return life !== undefined && t > 0 && t % life === 0;
}

/** The years 1..n−1 in which the offer is replaced. */
export function replacementYears(offer: LccOffer, n: number): number[] {
  const years: number[] = [];
  for (let t = 1; t < n; t++) if (isReplacementYear(offer, t)) years.push(t);
  return years;
}

interface Growth {
  inflate: number;
  discount: number;
}

/** Inflation (nominal prices only) and discount factors for a payment at time tau. */
function growth(r: number, inflation: number, tau: number): Growth {
  return {
    inflate: inflation === 0 ? 1 : Math.pow(1 + inflation, tau),
    discount: Math.pow(1 + r, -tau),
  };
}

/** Amounts summed by year 0..n (items outside the period are ignored). */
function byYear(items: readonly { year: number; amount: number }[], n: number): number[] {
  const out = new Array<number>(n + 1).fill(0);
  for (const x of items) {
    if (x.year >= 0 && x.year <= n) out[x.year] = (out[x.year] ?? 0) + x.amount;
  }
  return out;
}

/** One cost item in one year: the spreadsheet layout finance teams use. */
export interface CostItemRow {
  offerId: string;
  year: number;
  category: CostCategory;
  /** As paid (real, or nominal in nominal mode), before discounting; revenues are negative. */
  amount: number;
  presentValue: number;
}

/**
 * Every cost item of every offer per year (0..n), in input order, items that are 0 left out.
 * The present values of an offer's rows add up to its total.
 */
export function costItemRows(scenario: LccScenario): CostItemRow[] {
  const rows: CostItemRow[] = [];
  for (const offer of scenario.offers) computeOffer(scenario, offer, { flows: false, items: rows });
  return rows;
}

/** Undiscounted (nominal) amounts by year: paid at year end, and paid at t − shift. */
export interface SplitAmounts {
  yearEnd: number[];
  paid: number[];
  shift: number;
}

/**
 * `flows: false` skips the cash flows (sensitivity analysis needs only totals); `split`
 * collects the undiscounted amounts by year and timing, so other discount rates can be applied
 * without recomputing.
 */
export function computeOffer(
  scenario: LccScenario,
  offer: LccOffer,
  {
    flows = true,
    split,
    items,
  }: { flows?: boolean; split?: SplitAmounts; items?: CostItemRow[] } = {},
): OfferComputation {
  const n = scenario.periodYears;
  const r = scenario.discountRate;
  const categories = emptyCategories();
  const cvd =
    offer.vehicle && scenario.cleanVehicles
      ? cleanVehicleCost(offer.vehicle, scenario.cleanVehicles)
      : null;
  const cvdShare = cvd ? cvd.total / n : 0;

  const cashFlows: CashFlow[] = [];
  let cumulative = 0;
  const shift = TIMING_SHIFT[offer.paymentTiming ?? scenario.paymentTiming];
  if (split) {
    split.yearEnd = new Array<number>(n + 1).fill(0);
    split.paid = new Array<number>(n + 1).fill(0);
    split.shift = shift;
  }
  const inflation = scenario.priceBasis === 'nominal' ? scenario.inflationRate : 0;
  requireRate('discount rate', r);
  requireRate('inflation rate', inflation);
  // Amounts by year, summed once (not filtered again for every year).
  const oneOffs = byYear(offer.oneOff, n);
  const revenueItems = byYear(offer.revenues.items, n);
  const { purchase, installation } = offer.acquisition;
  const { energy, yearly, revenues } = offer;
  const energyFirstYear = energy.consumptionPerYear * energy.pricePerUnit;
  const tonnes = co2TonnesPerYear(offer);
  const pollutantCost = pollutantCostPerYear(scenario, offer);
  const endOfLife = offer.endOfLife.disposal - offer.endOfLife.residualValue;

  for (let t = 0; t <= n; t++) {
    // Year-end items: acquisition (at 0 and at each replacement), one-offs, revenue items and end
    // of life. Recurring yearly costs are paid at t − shift.
    const atYearEnd = growth(r, inflation, t);
    const paid = t === 0 || shift === 0 ? atYearEnd : growth(r, inflation, t - shift);
    let amount = 0;
    let pv = 0;
    const book = (category: CostCategory, value: number, f: Growth) => {
      if (value === 0) return;
      const nominal = value * f.inflate;
      if (split) {
        const bucket = f === atYearEnd ? split.yearEnd : split.paid;
        bucket[t] = (bucket[t] ?? 0) + nominal;
      }
      categories[category] += nominal * f.discount;
      items?.push({
        offerId: offer.id,
        year: t,
        category,
        amount: nominal,
        presentValue: nominal * f.discount,
      });
      amount += nominal;
      pv += nominal * f.discount;
    };
    if (t === 0) {
      book('acquisition', purchase + installation, atYearEnd);
    } else {
      const grown = (value: number, e: number) =>
        e === 0 ? value : value * Math.pow(1 + e, t - 1);
      book('energy', grown(energyFirstYear, energy.escalation), paid);
      book('maintenance', grown(yearly.maintenance, yearly.maintenanceEscalation), paid);
      book('consumables', grown(yearly.consumables, yearly.consumablesEscalation), paid);
      book('other', grown(yearly.other, yearly.otherEscalation), paid);
      const co2Cost = tonnes === 0 ? 0 : tonnes * co2PriceInYear(scenario, t);
      book('externalities', co2Cost + pollutantCost, paid);
      book('revenues', -grown(revenues.perYear, revenues.escalation), paid);
      book('oneOff', oneOffs[t] ?? 0, atYearEnd);
      book('revenues', -(revenueItems[t] ?? 0), atYearEnd);
      const replaced = isReplacementYear(offer, t);
      // The last unit leaves at year n; a replaced one at its replacement year, bought again then.
      if (t === n || replaced) book('endOfLife', endOfLife, atYearEnd);
      if (replaced && t < n) book('acquisition', purchase + installation, atYearEnd);
      amount += cvdShare;
      pv += cvdShare;
      if (items && cvd) {
        // The Clean Vehicles lifetime costs, spread evenly and undiscounted (see above).
        const energyShare = cvd.energy / n;
        const emissionsShare = (cvd.total - cvd.energy) / n;
        items.push({
          offerId: offer.id,
          year: t,
          category: 'energy',
          amount: energyShare,
          presentValue: energyShare,
        });
        items.push({
          offerId: offer.id,
          year: t,
          category: 'externalities',
          amount: emissionsShare,
          presentValue: emissionsShare,
        });
      }
    }
    cumulative += pv;
    if (flows)
      cashFlows.push({ year: t, amount, presentValue: pv, cumulativePresentValue: cumulative });
  }
  if (cvd) {
    // Set once from the lifetime figures (not summed from yearly shares) so they match exactly.
    categories.energy += cvd.energy;
    categories.externalities += cvd.co2 + cvd.nox + cvd.nmhc + cvd.particulates;
  }
  const total = costCategories.reduce((sum, c) => sum + categories[c], 0);
  return { categories, total, cashFlows, cleanVehicles: cvd };
}

/** The same scenario with another discount rate (for sensitivity analysis). */
export function withDiscountRate(scenario: LccScenario, discountRate: number): LccScenario {
  return { ...scenario, discountRate };
}

/** The same scenario with every energy price changed by `change` (−0.5 = −50 %). */
export function withEnergyPriceChange(scenario: LccScenario, change: number): LccScenario {
  const factor = 1 + change;
  return {
    ...scenario,
    cleanVehicles: scenario.cleanVehicles && {
      ...scenario.cleanVehicles,
      energyPricePerMJ: scenario.cleanVehicles.energyPricePerMJ * factor,
    },
    offers: scenario.offers.map((o) => ({
      ...o,
      energy: { ...o.energy, pricePerUnit: o.energy.pricePerUnit * factor },
    })),
  };
}

/** The same scenario with the CO2 price (incl. a price table and the Clean Vehicles CO2 price) changed by `change`. */
export function withCo2PriceChange(scenario: LccScenario, change: number): LccScenario {
  const factor = 1 + change;
  return {
    ...scenario,
    co2PricePerTonne: scenario.co2PricePerTonne * factor,
    co2PricePerTonneByYear: scenario.co2PricePerTonneByYear?.map((p) => p * factor),
    cleanVehicles: scenario.cleanVehicles && {
      ...scenario.cleanVehicles,
      co2PricePerKg: scenario.cleanVehicles.co2PricePerKg * factor,
    },
  };
}

/** The same scenario with every offer's yearly maintenance changed by `change`. */
export function withMaintenanceChange(scenario: LccScenario, change: number): LccScenario {
  return {
    ...scenario,
    offers: scenario.offers.map((o) => ({
      ...o,
      yearly: { ...o.yearly, maintenance: o.yearly.maintenance * (1 + change) },
    })),
  };
}

/** The same scenario with every offer's residual value changed by `change`. */
export function withResidualValueChange(scenario: LccScenario, change: number): LccScenario {
  return {
    ...scenario,
    offers: scenario.offers.map((o) => ({
      ...o,
      endOfLife: { ...o.endOfLife, residualValue: o.endOfLife.residualValue * (1 + change) },
    })),
  };
}

/**
 * The same scenario over another period (whole years). One-offs and revenue items after the
 * new period are left out; a CO2 price table keeps its last price beyond its end.
 */
export function withPeriod(scenario: LccScenario, years: number): LccScenario {
  const n = Math.round(years);
  return {
    ...scenario,
    periodYears: n,
    offers: scenario.offers.map((o) => ({
      ...o,
      oneOff: o.oneOff.filter((x) => x.year <= n),
      revenues: { ...o.revenues, items: o.revenues.items.filter((x) => x.year <= n) },
    })),
  };
}
