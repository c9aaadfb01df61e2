import { calculateLcc, costItemRows, parseLccScenario } from './index.js';

describe('cost items per year (the spreadsheet layout)', () => {
  // Hand-checked at 10 % over 2 years: 1000 at year 0; 100 / 1.1 = 90.909091; 100 / 1.21 = 82.644628;
  // total 1173.553719. Revenue item 55 in year 1 → −55 / 1.1 = −50.
  const scenario = parseLccScenario({
    currency: 'EUR',
    periodYears: 2,
    discountRate: 0.1,
    offers: [
      {
        id: 'a',
        acquisition: { purchase: 1000 },
        yearly: { maintenance: 100 },
        revenues: { items: [{ year: 1, amount: 55 }] },
      },
    ],
  });

  it('lists one row per cost item per year with its present value (hand-checked)', () => {
    const rows = costItemRows(scenario);
    expect(rows.map((r) => [r.year, r.category, r.amount])).toEqual([
      [0, 'acquisition', 1000],
      [1, 'maintenance', 100],
      [1, 'revenues', -55],
      [2, 'maintenance', 100],
    ]);
    expect(rows[1]?.presentValue).toBeCloseTo(90.909091, 6);
    expect(rows[2]?.presentValue).toBeCloseTo(-50, 9);
    expect(rows[3]?.presentValue).toBeCloseTo(82.644628, 6);
  });

  it('adds up to the offer total: 1000 + 90.91 − 50 + 82.64 = 1123.55 (hand-checked)', () => {
    const sum = costItemRows(scenario).reduce((s, r) => s + r.presentValue, 0);
    expect(sum).toBeCloseTo(1123.553719, 6);
    expect(sum).toBeCloseTo(
      calculateLcc(scenario, { sensitivity: false }).offers[0]?.total ?? NaN,
      9,
    );
  });
});
