import { calculateLcc, drawNumber, drawScenario, mulberry32, outputValue } from './index.js';

const template = {
  currency: 'EUR',
  periodYears: { min: 5, max: 15, step: 5 },
  discountRate: { min: 0.01, max: 0.05, step: 0.01 },
  offers: [
    {
      id: 'a',
      acquisition: { purchase: { min: 1000, max: 2000, step: 100 } },
      yearly: { maintenance: 100 },
    },
    { id: 'b', acquisition: { purchase: 1500 } },
  ],
};

describe('drawing a scenario from ranges', () => {
  it('mulberry32 replays the same sequence for the same seed, in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(100);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('draws on the step grid with clean decimals', () => {
    const rng = mulberry32(7);
    const range = { min: 0.01, max: 0.05, step: 0.01 };
    const values = new Set(Array.from({ length: 200 }, () => drawNumber(range, rng)));
    expect([...values].sort()).toEqual([0.01, 0.02, 0.03, 0.04, 0.05]);
  });

  it('draws the minimum with rng 0 and the maximum with rng close to 1', () => {
    const low = drawScenario(template, () => 0);
    expect([low.periodYears, low.discountRate, low.offers[0]?.acquisition.purchase]).toEqual([
      5, 0.01, 1000,
    ]);
    const high = drawScenario(template, () => 0.999999);
    expect([high.periodYears, high.discountRate, high.offers[0]?.acquisition.purchase]).toEqual([
      15, 0.05, 2000,
    ]);
    // at the maximum: a = 2000 + 100 × AF(5 %, 15) = 2000 + 100 × 10.379658 = 3037.97
    expect(outputValue(calculateLcc(high), 'total:a')).toBeCloseTo(3037.97, 2);
  });

  it('rejects invalid ranges and invalid drawn scenarios', () => {
    expect(() => drawNumber({ min: 5, max: 1, step: 1 }, Math.random)).toThrow('Invalid range');
    expect(() =>
      drawScenario({ ...template, periodYears: { min: 0, max: 0, step: 1 } }, () => 0),
    ).toThrow('periodYears: Must be at least 1 year');
  });
});
