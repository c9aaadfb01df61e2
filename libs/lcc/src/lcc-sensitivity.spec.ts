import { annuityFactor, calculateLcc, parseLccScenario } from './index.js';

describe('sensitivity of the ranking', () => {
  // a: 1000 + 100 × AF; b: 200 + 200 × AF over 10 years. Equal when 100 × AF = 800, AF = 8.
  // AF(4 %, 10) = 8.110896 > 8 and AF(4.5 %, 10) = 7.912718 < 8, so the switch lies between.
  // Below it a is cheaper (r = 0: a 2000, b 2200); above it b is (r = 8 %: AF = 6.710081,
  // a 1671.01, b 1542.02).
  const byRate = parseLccScenario({
    currency: 'EUR',
    periodYears: 10,
    discountRate: 0.03,
    offers: [
      { id: 'a', acquisition: { purchase: 1000 }, yearly: { maintenance: 100 } },
      { id: 'b', acquisition: { purchase: 200 }, yearly: { maintenance: 200 } },
    ],
  });

  it('finds the discount rate at which the ranking changes', () => {
    const analysis = calculateLcc(byRate).sensitivity?.discountRate;
    expect(analysis?.points).toHaveLength(17); // 0 %, 0.5 %, …, 8 %
    expect(analysis?.points[0]?.ranking).toEqual(['a', 'b']);
    expect(analysis?.points[16]?.value).toBe(0.08);
    expect(analysis?.points[16]?.ranking).toEqual(['b', 'a']);
    expect(analysis?.switches).toHaveLength(1);
    const [change] = analysis?.switches ?? [];
    expect(change?.rankingBefore).toEqual(['a', 'b']);
    expect(change?.rankingAfter).toEqual(['b', 'a']);
    expect(change?.value).toBeGreaterThan(0.04);
    expect(change?.value).toBeLessThan(0.045);
    // the defining condition, checked independently: AF(r*, 10) = 8
    expect(annuityFactor(change?.value ?? NaN, 10)).toBeCloseTo(8, 6);
  });

  // r = 0, n = 10, energy prices × f: a = 1000 + 10 × 1000 kWh × 0.1 × f = 1000 + 1000 f;
  // b = 300 + 10 × 2000 kWh × 0.1 × f = 300 + 2000 f. Equal at f = 0.7, a change of −30 %.
  const byEnergy = parseLccScenario({
    currency: 'EUR',
    periodYears: 10,
    discountRate: 0,
    offers: [
      {
        id: 'a',
        acquisition: { purchase: 1000 },
        energy: { consumptionPerYear: 1000, pricePerUnit: 0.1 },
      },
      {
        id: 'b',
        acquisition: { purchase: 300 },
        energy: { consumptionPerYear: 2000, pricePerUnit: 0.1 },
      },
    ],
  });

  it('finds the energy price change at which the ranking changes (−30 %)', () => {
    const analysis = calculateLcc(byEnergy).sensitivity?.energyPrice;
    expect(analysis?.points.map((p) => p.value)).toEqual([
      -0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    // at −50 %: a = 1500, b = 1300
    expect(analysis?.points[0]?.totals).toEqual([
      { offerId: 'a', total: 1500 },
      { offerId: 'b', total: 1300 },
    ]);
    expect(analysis?.switches).toHaveLength(1);
    expect(analysis?.switches[0]?.value).toBeCloseTo(-0.3, 6);
    expect(analysis?.switches[0]?.rankingBefore).toEqual(['b', 'a']);
    expect(analysis?.switches[0]?.rankingAfter).toEqual(['a', 'b']);
  });

  it('reports no switch when one offer is cheapest throughout', () => {
    const dominated = parseLccScenario({
      currency: 'EUR',
      periodYears: 10,
      discountRate: 0.03,
      offers: [
        {
          id: 'a',
          acquisition: { purchase: 100 },
          energy: { consumptionPerYear: 10, pricePerUnit: 1 },
        },
        {
          id: 'b',
          acquisition: { purchase: 200 },
          energy: { consumptionPerYear: 20, pricePerUnit: 1 },
        },
      ],
    });
    const s = calculateLcc(dominated).sensitivity;
    expect(s?.discountRate.switches).toEqual([]);
    expect(s?.energyPrice.switches).toEqual([]);
  });

  it('can be switched off', () => {
    expect(calculateLcc(byRate, { sensitivity: false }).sensitivity).toBeNull();
  });
});
