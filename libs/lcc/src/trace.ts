import {
  co2TonnesPerYear,
  pollutantCostPerYear,
  replacementYears,
  TIMING_SHIFT,
  type OfferComputation,
} from './offer-costs.js';
import { pollutants, type LccOffer, type LccScenario } from './schema.js';
import type { TraceStep } from './types.js';

/** A number as written in a formula: decimal point, at most `decimals` decimals, no grouping. */
export function formatNumber(x: number, decimals = 6): string {
  return String(Number(x.toFixed(decimals)));
}

/** Money amounts to the cent, joined as a sum: "175000 + 59900.86 − 2567.45". */
function sum(values: readonly number[]): string {
  if (values.length === 0) return '0';
  return values
    .map((v, i) => {
      const abs = formatNumber(Math.abs(v), 2);
      if (i === 0) return v < 0 ? `−${abs}` : abs;
      return v < 0 ? ` − ${abs}` : ` + ${abs}`;
    })
    .join('');
}

const money = (x: number) => formatNumber(x, 2);

const onePlus = (x: number) => (x < 0 ? `(1 − ${formatNumber(-x)})` : `(1 + ${formatNumber(x)})`);

type Step = Omit<TraceStep, 'step'>;

/**
 * The present value of a recurring yearly amount as a formula: on the annuity factor when it
 * is constant, paid at year end and in real prices; otherwise the sum written out.
 */
function yearlyFormula(
  scenario: LccScenario,
  offer: LccOffer,
  amount: string,
  e: number,
  af: number,
  varies = false,
): string {
  const r = scenario.discountRate;
  const n = scenario.periodYears;
  const s = TIMING_SHIFT[offer.paymentTiming ?? scenario.paymentTiming];
  const i = scenario.priceBasis === 'nominal' ? scenario.inflationRate : 0;
  if (s === 0 && i === 0 && e === 0 && !varies) return `${amount} × ${formatNumber(af)}`;
  const when = s === 0 ? 't' : `(t − ${formatNumber(s)})`;
  const grow = e === 0 ? '' : ` × ${onePlus(e)}^(t − 1)`;
  const inflate = i === 0 ? '' : ` × ${onePlus(i)}^${when}`;
  return `Σ t=1..${n}: ${amount}${grow}${inflate} / ${onePlus(r)}^${when}`;
}

/** CO2 (tonnes × the price of year t) plus the other pollutants' constant yearly cost. */
function externalitiesFormula(
  scenario: LccScenario,
  offer: LccOffer,
  tonnes: number,
  pollutantCost: number,
  af: number,
): string {
  const table = scenario.co2PricePerTonneByYear;
  const c = scenario.co2PriceEscalation;
  const extra = pollutantCost === 0 ? '' : formatNumber(pollutantCost);
  if (tonnes === 0) return yearlyFormula(scenario, offer, extra, 0, af);
  if (table) {
    const co2 = `${formatNumber(tonnes)} × price(t)`;
    return yearlyFormula(scenario, offer, extra ? `(${co2} + ${extra})` : co2, 0, af, true);
  }
  const co2 = `${formatNumber(tonnes)} × ${formatNumber(scenario.co2PricePerTonne)}`;
  if (!extra) return yearlyFormula(scenario, offer, co2, c, af);
  if (c === 0) return yearlyFormula(scenario, offer, `(${co2} + ${extra})`, 0, af);
  return yearlyFormula(scenario, offer, `(${co2} × ${onePlus(c)}^(t − 1) + ${extra})`, 0, af, true);
}

function offerSteps(
  scenario: LccScenario,
  offer: LccOffer,
  c: OfferComputation,
  af: number,
): Step[] {
  const id = offer.id;
  const r = scenario.discountRate;
  const n = scenario.periodYears;
  const cat = c.categories;
  const steps: Step[] = [];
  const add = (key: string, formula: string, value: number) =>
    steps.push({ key, offerId: id, formula, value });
  const { purchase, installation } = offer.acquisition;

  add(
    'acquisition',
    `${formatNumber(purchase)} + ${formatNumber(installation)}`,
    purchase + installation,
  );

  const { consumptionPerYear, pricePerUnit, escalation } = offer.energy;
  const firstYear = consumptionPerYear * pricePerUnit;
  if (firstYear !== 0) {
    add(
      'energyFirstYear',
      `${formatNumber(consumptionPerYear)} × ${formatNumber(pricePerUnit)}`,
      firstYear,
    );
    add(
      'energyPresentValue',
      yearlyFormula(scenario, offer, formatNumber(firstYear), escalation, af),
      cat.energy,
    );
  }
  for (const key of ['maintenance', 'consumables', 'other'] as const) {
    const yearly = offer.yearly[key];
    const e = offer.yearly[`${key}Escalation`];
    if (yearly !== 0)
      add(
        `${key}PresentValue`,
        yearlyFormula(scenario, offer, formatNumber(yearly), e, af),
        cat[key],
      );
  }
  const inflation = scenario.priceBasis === 'nominal' ? scenario.inflationRate : 0;
  const inflated = inflation === 0 ? '' : ` × ${onePlus(inflation)}^`;
  for (const item of offer.oneOff) {
    add(
      'oneOffPresentValue',
      `${formatNumber(item.amount)}${inflated ? inflated + item.year : ''} / ${onePlus(r)}^${item.year}`,
      item.amount * Math.pow(1 + inflation, item.year) * Math.pow(1 + r, -item.year),
    );
  }
  const replaced = replacementYears(offer, n);
  if (replaced.length > 0) {
    const { purchase: p, installation: inst } = offer.acquisition;
    const eol = offer.endOfLife.disposal - offer.endOfLife.residualValue;
    const each = p + inst + eol;
    add(
      'replacementPresentValue',
      `${formatNumber(offer.serviceLifeYears ?? 0)} years: Σ t ∈ {${replaced.join(', ')}}: (${formatNumber(p)} + ${formatNumber(inst)} + ${formatNumber(eol)})${inflated ? `${inflated}t` : ''} / ${onePlus(r)}^t`,
      replaced.reduce(
        (sum, t) => sum + (each * Math.pow(1 + inflation, t)) / Math.pow(1 + r, t),
        0,
      ),
    );
  }
  const rev = offer.revenues;
  if (rev.perYear !== 0 || rev.items.length > 0) {
    const parts: string[] = [];
    if (rev.perYear !== 0)
      parts.push(yearlyFormula(scenario, offer, formatNumber(rev.perYear), rev.escalation, af));
    for (const item of rev.items) {
      parts.push(
        `${formatNumber(item.amount)}${inflated ? inflated + item.year : ''} / ${onePlus(r)}^${item.year}`,
      );
    }
    add('revenuesPresentValue', `−(${parts.join(' + ')})`, cat.revenues);
  }
  const { disposal, residualValue } = offer.endOfLife;
  if (disposal !== 0 || residualValue !== 0) {
    add(
      'endOfLifePresentValue',
      `(${formatNumber(disposal)} − ${formatNumber(residualValue)})${inflated ? inflated + n : ''} / ${onePlus(r)}^${n}`,
      ((disposal - residualValue) * Math.pow(1 + inflation, n)) / Math.pow(1 + r, n),
    );
  }
  const direct = offer.emissions.co2TonnesPerYear;
  const tonnes = co2TonnesPerYear(offer);
  const { consumptionPerYear: used, co2KgPerUnit } = offer.energy;
  if (co2KgPerUnit !== 0 && used !== 0) {
    add(
      'co2TonnesPerYear',
      `${direct !== 0 ? `${formatNumber(direct)} + ` : ''}${formatNumber(used)} × ${formatNumber(co2KgPerUnit)} / 1000`,
      tonnes,
    );
  }
  const pollutantCost = pollutantCostPerYear(scenario, offer);
  if (pollutantCost !== 0) {
    const prices = scenario.externalityPrices;
    const terms = pollutants
      .map((p) => [offer.emissions[`${p}KgPerYear`], prices[`${p}PerKg`]] as const)
      .filter(([kg, price]) => kg * price !== 0)
      .map(([kg, price]) => `${formatNumber(kg)} × ${formatNumber(price)}`);
    add('pollutantCostPerYear', terms.join(' + '), pollutantCost);
  }
  if ((tonnes !== 0 || pollutantCost !== 0) && cat.externalities !== 0 && !offer.vehicle) {
    add(
      'externalitiesPresentValue',
      externalitiesFormula(scenario, offer, tonnes, pollutantCost, af),
      cat.externalities,
    );
  }
  const cvd = c.cleanVehicles;
  if (offer.vehicle && cvd) {
    const v = offer.vehicle;
    const p = scenario.cleanVehicles;
    const km = formatNumber(cvd.lifetimeKm);
    add(
      'vehicleMethod',
      p?.method === 'voluntary'
        ? 'Directive 2009/33/EC Art. 6 method, applied voluntarily (not required since Directive (EU) 2019/1161)'
        : 'Directive 2009/33/EC Art. 6 method (original text)',
      cvd.total,
    );
    add('vehicleLifetimeKm', v.lifetimeKm ? km : `${v.category}: ${km}`, cvd.lifetimeKm);
    add(
      'vehicleEnergyPerKm',
      `${formatNumber(v.consumptionPer100Km)} / 100 × ${formatNumber(cvd.energyContentMJPerUnit)}`,
      cvd.energyMJPerKm,
    );
    add(
      'vehicleEnergyCost',
      `${formatNumber(cvd.energyMJPerKm)} × ${formatNumber(p?.energyPricePerMJ ?? 0)} × ${km}`,
      cvd.energy,
    );
    add(
      'vehicleCo2Cost',
      `${formatNumber(v.co2GPerKm)} × ${km} / 1000 × ${formatNumber(p?.co2PricePerKg ?? 0)}`,
      cvd.co2,
    );
    add(
      'vehicleNoxCost',
      `${formatNumber(v.noxGPerKm)} × ${formatNumber(p?.noxPricePerG ?? 0)} × ${km}`,
      cvd.nox,
    );
    add(
      'vehicleNmhcCost',
      `${formatNumber(v.nmhcGPerKm)} × ${formatNumber(p?.nmhcPricePerG ?? 0)} × ${km}`,
      cvd.nmhc,
    );
    add(
      'vehicleParticulatesCost',
      `${formatNumber(v.particulatesGPerKm)} × ${formatNumber(p?.particulatesPricePerG ?? 0)} × ${km}`,
      cvd.particulates,
    );
    add(
      'vehicleLifetimeCost',
      sum([cvd.energy, cvd.co2, cvd.nox, cvd.nmhc, cvd.particulates]),
      cvd.total,
    );
  }
  add('total', sum(Object.values(cat).filter((x) => x !== 0)), c.total);
  add('equivalentAnnualCost', `${money(c.total)} / ${formatNumber(af)}`, c.total / af);
  return steps;
}

/** Plain-language calculation steps a learner can follow, one list for the whole scenario. */
export function buildTrace(
  scenario: LccScenario,
  computed: readonly OfferComputation[],
  annuity: number,
): TraceStep[] {
  const r = scenario.discountRate;
  const n = scenario.periodYears;
  const steps: Step[] = [
    {
      key: 'annuityFactor',
      offerId: null,
      formula: r === 0 ? `${n}` : `(1 − ${onePlus(r)}^−${n}) / ${formatNumber(r)}`,
      value: annuity,
    },
  ];
  // Offers with different service lives: say how they are made comparable.
  const lives = scenario.offers.filter(
    (o) => o.serviceLifeYears !== undefined && o.serviceLifeYears < n,
  );
  if (lives.length > 0) {
    steps.push({
      key: 'serviceLifeMethod',
      offerId: null,
      formula: `replacement cycles over a common period of ${n} years (${lives.map((o) => `${o.id}: every ${o.serviceLifeYears} years`).join(', ')}); no credit for a last unit's remaining life; equivalent annual cost = total / ${formatNumber(annuity)}`,
      value: n,
    });
  }
  scenario.offers.forEach((offer, i) => {
    const c = computed[i];
    if (c) steps.push(...offerSteps(scenario, offer, c, annuity));
  });
  const totals = scenario.offers.map((o, i) => ({ id: o.id, total: computed[i]?.total ?? 0 }));
  const cheapest = totals.reduce((best, t) => (t.total < best.total ? t : best));
  steps.push({
    key: 'cheapest',
    offerId: cheapest.id,
    formula: `min(${totals.map((t) => `${t.id}: ${money(t.total)}`).join(', ')})`,
    value: cheapest.total,
  });
  for (const t of totals) {
    if (t.id === cheapest.id) continue;
    steps.push({
      key: 'differenceToCheapest',
      offerId: t.id,
      formula: `${money(t.total)} − ${money(cheapest.total)}`,
      value: t.total - cheapest.total,
    });
  }
  return steps.map((s, i) => ({ step: i + 1, ...s }));
}
