import { monteCarlo, parseLccScenario } from './index.js';

// One year at 0 %: a = 1000 to buy + 1000 of energy × (1 + c); b = 2000 to buy.
// With c uniform on [−50 %, +50 %], a is cheapest exactly when c < 0: probability 1/2;
// a's total is uniform on [1500, 2500]: mean 2000, 5th percentile 1550, 95th 2450 (hand-checked).
const scenario = parseLccScenario({
  currency: 'EUR',
  periodYears: 1,
  discountRate: 0,
  offers: [
    {
      id: 'a',
      acquisition: { purchase: 1000 },
      energy: { consumptionPerYear: 1000, pricePerUnit: 1 },
    },
    { id: 'b', acquisition: { purchase: 2000 } },
  ],
});
const ranges = { energyPriceChange: { min: -0.5, max: 0.5 } };

describe('Monte Carlo', () => {
  const result = monteCarlo(scenario, ranges, { draws: 10_000, seed: 42 });
  const a = result.offers[0];
  const b = result.offers[1];

  it('gives offer a a probability of about 1/2 to be cheapest and a uniform spread 1500–2500 (hand-checked)', () => {
    // Sampling error with 10,000 draws: about 0.005 on the probability, a few units on percentiles.
    expect(a?.probabilityCheapest).toBeGreaterThan(0.48);
    expect(a?.probabilityCheapest).toBeLessThan(0.52);
    expect((a?.probabilityCheapest ?? 0) + (b?.probabilityCheapest ?? 0)).toBe(1);
    expect(a?.mean).toBeGreaterThan(1990);
    expect(a?.mean).toBeLessThan(2010);
    expect(Math.abs((a?.p5 ?? 0) - 1550)).toBeLessThan(15);
    expect(Math.abs((a?.p95 ?? 0) - 2450)).toBeLessThan(15);
    expect(a?.min).toBeGreaterThanOrEqual(1500);
    expect(a?.max).toBeLessThanOrEqual(2500);
    expect(b).toMatchObject({ mean: 2000, min: 2000, max: 2000 });
  });

  it('is reproducible: the same seed gives the same result, another seed another', () => {
    expect(monteCarlo(scenario, ranges, { draws: 500, seed: 7 })).toEqual(
      monteCarlo(scenario, ranges, { draws: 500, seed: 7 }),
    );
    expect(monteCarlo(scenario, ranges, { draws: 500, seed: 8 }).offers[0]?.mean).not.toBe(
      monteCarlo(scenario, ranges, { draws: 500, seed: 7 }).offers[0]?.mean,
    );
  });

  // 100 a year for 1 year at r in [0, 10 %]: 100 / (1 + r) lies in [90.909091, 100] (hand-checked).
  it('draws the discount rate: 100 due in a year is worth 90.91 to 100 at 0–10 %', () => {
    const one = parseLccScenario({
      currency: 'EUR',
      periodYears: 1,
      discountRate: 0.03,
      offers: [{ id: 'a', yearly: { maintenance: 100 } }],
    });
    const mc = monteCarlo(one, { discountRate: { min: 0, max: 0.1 } }, { draws: 2_000, seed: 1 });
    expect(mc.offers[0]?.min).toBeGreaterThanOrEqual(90.90909);
    expect(mc.offers[0]?.max).toBeLessThanOrEqual(100);
    expect(mc.offers[0]?.probabilityCheapest).toBe(1);
  });

  it('refuses 0 draws, a range whose minimum exceeds its maximum, and a change of −100 %', () => {
    expect(() => monteCarlo(scenario, ranges, { draws: 0 })).toThrow(RangeError);
    expect(() => monteCarlo(scenario, { maintenanceChange: { min: 0.5, max: 0.1 } })).toThrow(
      RangeError,
    );
    expect(() => monteCarlo(scenario, { co2PriceChange: { min: -1, max: 0 } })).toThrow(RangeError);
  });
});
