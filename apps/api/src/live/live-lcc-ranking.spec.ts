import { rankTableOffers, tableOfferTotal, type LiveLccExercise } from './live-lcc.js';

const exercise: LiveLccExercise = {
  exerciseId: 'x',
  title: 'X',
  question: null,
  currency: 'EUR',
  periodYears: 10,
  discountRate: 0.03,
  priceBasis: 'real',
  inflationRate: 0,
  paymentTiming: 'end',
  modelAnswer: [],
};
const offer = (purchase: number, yearlyCost = 0, endOfLifeValue = 0) => ({
  purchase,
  yearlyCost,
  endOfLifeValue,
});

describe('ranking tables in a live LCC exercise', () => {
  it('discounts yearly costs and the end-of-life value on the exercise’s terms', () => {
    const af = (1 - 1.03 ** -10) / 0.03;
    expect(tableOfferTotal(exercise, offer(1000, 100, 500))).toBeCloseTo(
      1000 + 100 * af - 500 / 1.03 ** 10,
      2,
    );
  });

  it('ranks cheapest first; equal totals share a rank and keep table order', () => {
    const ranked = rankTableOffers(exercise, [
      { tableNo: 1, label: null, offer: offer(300) },
      { tableNo: 2, label: 'Zeist', offer: offer(100) },
      { tableNo: 3, label: null, offer: offer(300) },
    ]);
    expect(ranked.map((r) => [r.tableNo, r.rank])).toEqual([
      [2, 1],
      [1, 2],
      [3, 2],
    ]);
  });

  it('ranks more tables than the engine takes offers in one scenario', () => {
    const tables = Array.from({ length: 12 }, (_, i) => ({
      tableNo: i + 1,
      label: null,
      offer: offer(1000 - i),
    }));
    expect(rankTableOffers(exercise, tables).map((r) => r.tableNo)).toEqual([
      12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1,
    ]);
  });
});
