import {
  calculateLcc,
  parseLccScenario,
  rankOffers,
  type LccScenario,
  type PaymentTiming,
  type PriceBasis,
} from '@academy/lcc';

/** A table's offer in a live LCC exercise: three figures a table can agree on in minutes. */
export interface LiveLccOffer {
  /** Paid at year 0 (purchase and installation). */
  purchase: number;
  /** Every yearly cost together (maintenance, energy, fees), years 1..n. */
  yearlyCost: number;
  /** Money back at the end of the period (buy-back, resale): lowers the life-cycle cost. */
  endOfLifeValue: number;
}

/** One offer of the exercise's model answer, computed with the same engine as the calculator. */
export interface LiveLccModelOffer {
  offerId: string;
  name: string;
  total: number;
  rank: number;
}

/**
 * What a live LCC activity keeps of its curriculum exercise (a snapshot: a later release cannot
 * change a running or past activity): the terms every table's offer is computed on, and the
 * model answer shown on reveal.
 */
export interface LiveLccExercise {
  exerciseId: string;
  title: string;
  question: string | null;
  currency: string;
  periodYears: number;
  discountRate: number;
  priceBasis: PriceBasis;
  inflationRate: number;
  paymentTiming: PaymentTiming;
  modelAnswer: LiveLccModelOffer[];
}

export interface LiveLccRankedTable {
  tableNo: number;
  label: string | null;
  offer: LiveLccOffer;
  total: number;
  rank: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Competition ranks (1, 1, 3): equal totals (to the cent) share a rank. */
function withRanks<T extends { total: number }>(items: T[]): (T & { rank: number })[] {
  return items.map((x) => ({ ...x, rank: 1 + items.filter((y) => y.total < x.total).length }));
}

/** The exercise's own offers ranked by life-cycle cost: the model answer. */
export function lccModelAnswer(
  scenario: unknown,
  names: Record<string, string>,
): {
  terms: Omit<LiveLccExercise, 'exerciseId' | 'title' | 'question' | 'modelAnswer'>;
  modelAnswer: LiveLccModelOffer[];
} {
  const parsed = parseLccScenario(scenario);
  const result = calculateLcc(parsed, { sensitivity: false, trace: false });
  return {
    terms: {
      currency: parsed.currency,
      periodYears: parsed.periodYears,
      discountRate: parsed.discountRate,
      priceBasis: parsed.priceBasis,
      inflationRate: parsed.inflationRate,
      paymentTiming: parsed.paymentTiming,
    },
    modelAnswer: result.ranking.map((id) => {
      const offer = result.offers.find((o) => o.offerId === id)!;
      return { offerId: id, name: names[id] ?? id, total: round2(offer.total), rank: offer.rank };
    }),
  };
}

/** One table's offer under the exercise's terms, through the calculator's engine. */
export function tableOfferTotal(exercise: LiveLccExercise, offer: LiveLccOffer): number {
  const scenario: LccScenario = parseLccScenario({
    currency: exercise.currency,
    periodYears: exercise.periodYears,
    discountRate: exercise.discountRate,
    priceBasis: exercise.priceBasis,
    inflationRate: exercise.inflationRate,
    paymentTiming: exercise.paymentTiming,
    offers: [
      {
        id: 'table',
        acquisition: { purchase: offer.purchase },
        yearly: { other: offer.yearlyCost },
        endOfLife: { residualValue: offer.endOfLifeValue },
      },
    ],
  });
  return round2(calculateLcc(scenario, { sensitivity: false, trace: false }).offers[0]!.total);
}

/**
 * The tables that have entered an offer, cheapest life-cycle cost first (equal totals share a
 * rank and keep table order). Each offer is computed on its own, so the number of tables is not
 * bounded by the engine's limit on offers per scenario.
 */
export function rankTableOffers(
  exercise: LiveLccExercise,
  tables: { tableNo: number; label: string | null; offer: LiveLccOffer }[],
): LiveLccRankedTable[] {
  const totals = tables.map((t) => ({ ...t, total: tableOfferTotal(exercise, t.offer) }));
  const order = rankOffers(totals.map((t) => ({ offerId: String(t.tableNo), total: t.total })));
  return withRanks(order.map((id) => totals.find((t) => String(t.tableNo) === id)!));
}
