import { calculateLcc, escalatingPresentValue, parseLccScenario } from './index.js';

// Convention: the stated price is the year-1 price; year t costs A × (1 + e)^(t−1), paid at the
// end of year t. Closed form: PV = A / (1 + r) × (1 − q^n) / (1 − q) with q = (1 + e) / (1 + r).
// By hand for A = 10000, e = 2 %, r = 3 %, n = 15:
//   q = 1.02 / 1.03 = 0.990291262, q^15 = 0.863861673
//   (1 − 0.863861673) / (1 − 0.990291262) = 0.136138327 / 0.009708738 = 14.022248
//   PV = 10000 / 1.03 × 14.022248 = 9708.737864 × 14.022248 = 136138.33
const scenario = parseLccScenario({
  currency: 'EUR',
  periodYears: 15,
  discountRate: 0.03,
  offers: [
    {
      id: 'a',
      energy: { consumptionPerYear: 50000, unit: 'kWh', pricePerUnit: 0.2, escalation: 0.02 },
    },
  ],
});

describe('LCC with energy price escalation', () => {
  it('discounts an escalating energy cost (A = 10000, e = 2 %, r = 3 %, n = 15) to 136138.33', () => {
    expect(calculateLcc(scenario).offers[0]?.categories.energy).toBeCloseTo(136138.33, 2);
    expect(escalatingPresentValue(10000, 0.03, 0.02, 15)).toBeCloseTo(136138.33, 2);
  });

  it('charges the stated price in year 1 and escalates from year 2', () => {
    const flows = calculateLcc(scenario).offers[0]?.cashFlows ?? [];
    expect(flows[1]?.amount).toBeCloseTo(10000, 8); // 50000 × 0.2
    expect(flows[2]?.amount).toBeCloseTo(10200, 8); // × 1.02
    // 10000 × 1.02^14 = 10000 × 1.319479 = 13194.79
    expect(flows[15]?.amount).toBeCloseTo(13194.79, 2);
  });

  it('when escalation equals the discount rate every year is worth A / (1 + r)', () => {
    // e = r = 5 %: each term is 1000 × 1.05^(t−1) / 1.05^t = 1000 / 1.05 = 952.38; × 10 = 9523.81
    expect(escalatingPresentValue(1000, 0.05, 0.05, 10)).toBeCloseTo(9523.81, 2);
  });

  it('handles a falling price (negative escalation)', () => {
    // e = −50 %, r = 0, n = 3: 1000 + 500 + 250 = 1750
    expect(escalatingPresentValue(1000, 0, -0.5, 3)).toBeCloseTo(1750, 8);
  });

  it('writes the escalation sum in the trace', () => {
    const step = calculateLcc(scenario).trace.find((s) => s.key === 'energyPresentValue');
    expect(step?.formula).toBe('Σ t=1..15: 10000 × (1 + 0.02)^(t − 1) / (1 + 0.03)^t');
    expect(step?.offerId).toBe('a');
  });
});
