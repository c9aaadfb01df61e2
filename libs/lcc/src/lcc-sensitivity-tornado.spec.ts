import { calculateLcc, parseLccScenario } from './index.js';

const scenario = (offers: Record<string, unknown>[], settings: Record<string, unknown> = {}) =>
  parseLccScenario({ currency: 'EUR', periodYears: 4, discountRate: 0, ...settings, offers });

// Two offers at 0 % over 4 years (hand-checked):
//   a: 1000 + 100 a year = 1400; b: 500 + 200 a year = 1300.
const cheapToBuy = [
  { id: 'a', acquisition: { purchase: 1000 }, yearly: { maintenance: 100 } },
  { id: 'b', acquisition: { purchase: 500 }, yearly: { maintenance: 200 } },
];

describe('sensitivity to maintenance, period, CO2 price and residual value', () => {
  const result = calculateLcc(scenario(cheapToBuy));
  const s = result.sensitivity;

  // Maintenance × (1 + c): a = 1000 + 400 (1 + c), b = 500 + 800 (1 + c); equal when 1 + c = 1.25.
  it('finds that the ranking switches at +25 % maintenance (hand-checked)', () => {
    expect(s?.maintenance.switches).toHaveLength(1);
    expect(s?.maintenance.switches[0]?.value).toBeCloseTo(0.25, 8);
    expect(s?.maintenance.switches[0]?.rankingAfter).toEqual(['a', 'b']);
  });

  // Period n: a = 1000 + 100 n, b = 500 + 200 n; equal at n = 5 (a tie keeps input order a, b).
  it('finds that a is no longer dearer from a 5-year period on (hand-checked)', () => {
    expect(s?.period.points.map((p) => p.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s?.period.switches).toEqual([
      { value: 5, rankingBefore: ['b', 'a'], rankingAfter: ['a', 'b'] },
    ]);
  });

  // Swings (largest over the offers): period 1..9 → b 700..2300 = 1600; maintenance −50..+100 %
  // → b 900..2100 = 1200; discount rate 0..8 % → b 1300 − (500 + 200 × 3.3121268) = 137.574632.
  it('orders the tornado by swing: period 1600, maintenance 1200, discount rate 137.57 (hand-checked)', () => {
    const bars = s?.tornado ?? [];
    expect(bars.slice(0, 3).map((b) => b.parameter)).toEqual([
      'periodYears',
      'maintenanceChange',
      'discountRate',
    ]);
    expect(bars[0]?.swing).toBeCloseTo(1600, 9);
    expect(bars[1]?.swing).toBeCloseTo(1200, 9);
    expect(bars[2]?.swing).toBeCloseTo(137.574632, 5);
    expect(bars[1]?.offers.find((o) => o.offerId === 'b')).toEqual({
      offerId: 'b',
      base: 1300,
      atLow: 900,
      atHigh: 2100,
    });
    expect(bars.slice(3).every((b) => b.swing === 0)).toBe(true);
  });

  // a emits 10 t a year at 100: 4000; b costs 3000 to buy. a = 4000 (1 + c) = 3000 → c = −25 %.
  it('finds the CO2 price switch at −25 %, also with a price table (hand-checked)', () => {
    const offers = [
      { id: 'a', emissions: { co2TonnesPerYear: 10 } },
      { id: 'b', acquisition: { purchase: 3000 } },
    ];
    for (const settings of [
      { co2PricePerTonne: 100 },
      { co2PricePerTonneByYear: [100, 100, 100, 100] },
    ]) {
      const co2 = calculateLcc(scenario(offers, settings)).sensitivity?.co2Price;
      expect(co2?.switches[0]?.value).toBeCloseTo(-0.25, 8);
    }
  });

  // One year at 0 %: a = 2000 − 1000 (1 + c), b = 1200; equal when 1 + c = 0.8, c = −20 %.
  it('finds the residual value switch at −20 % (hand-checked)', () => {
    const offers = [
      { id: 'a', acquisition: { purchase: 2000 }, endOfLife: { residualValue: 1000 } },
      { id: 'b', acquisition: { purchase: 1200 } },
    ];
    const rv = calculateLcc(scenario(offers, { periodYears: 1 })).sensitivity?.residualValue;
    expect(rv?.switches[0]?.value).toBeCloseTo(-0.2, 8);
  });

  it('refuses a relative change of −100 % or a period of 0 years', () => {
    const checked = scenario(cheapToBuy);
    expect(() => calculateLcc(checked, { maintenanceChanges: [-1, 0] })).toThrow(RangeError);
    expect(() => calculateLcc(checked, { periods: [0, 1] })).toThrow(RangeError);
  });
});
