import { annuityFactor, calculateLcc, parseLccScenario, presentValue } from './index.js';

describe('LCC at a zero (and negative) discount rate', () => {
  it('annuity factor at r = 0 is n, not a division by zero', () => {
    expect(annuityFactor(0, 10)).toBe(10);
    expect(presentValue(1000, 0, 5)).toBe(1000);
  });

  it('sums undiscounted costs, with escalation', () => {
    // Σ_{t=1..15} 10000 × 1.02^(t−1) = 10000 × (1.02^15 − 1) / 0.02
    //   = 10000 × (1.345868 − 1) / 0.02 = 10000 × 17.293417 = 172934.17
    const scenario = parseLccScenario({
      currency: 'EUR',
      periodYears: 15,
      discountRate: 0,
      offers: [
        {
          id: 'a',
          acquisition: { purchase: 1000 },
          energy: { consumptionPerYear: 50000, pricePerUnit: 0.2, escalation: 0.02 },
          yearly: { maintenance: 100 },
        },
      ],
    });
    const result = calculateLcc(scenario);
    const [offer] = result.offers;
    expect(offer?.categories.energy).toBeCloseTo(172934.17, 2);
    // 1000 + 172934.17 + 15 × 100 = 175434.17
    expect(offer?.total).toBeCloseTo(175434.17, 2);
    expect(result.trace[0]?.formula).toBe('15');
    const grid = result.sensitivity?.discountRate.points ?? [];
    expect(grid[0]?.value).toBe(0);
    expect(grid.every((p) => p.totals.every((t) => Number.isFinite(t.total)))).toBe(true);
  });

  it('accepts a negative real rate (future costs weigh more)', () => {
    // r = −1 %: 0.99^−10 = 1.1057274, (1 − 1.1057274) / −0.01 = 10.57274 (> n = 10)
    expect(annuityFactor(-0.01, 10)).toBeCloseTo(10.57274, 4);
  });
});
