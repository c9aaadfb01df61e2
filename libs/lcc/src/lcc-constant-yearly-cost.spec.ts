import { annuityFactor, calculateLcc, parseLccScenario, presentValue } from './index.js';

// A constant cost A paid at the end of each of n years is worth A × (1 − (1 + r)^−n) / r today.
// By hand for r = 3 %, n = 10: 1.03^10 = 1.343916379, 1 / 1.343916379 = 0.744093915,
// (1 − 0.744093915) / 0.03 = 0.255906085 / 0.03 = 8.530203.
const AF_3_10 = 8.530203;

const scenario = parseLccScenario({
  currency: 'EUR',
  periodYears: 10,
  discountRate: 0.03,
  offers: [
    {
      id: 'pump',
      acquisition: { purchase: 5000 },
      // 2000 kWh × 0.25 = 500 a year, no escalation.
      energy: { consumptionPerYear: 2000, unit: 'kWh', pricePerUnit: 0.25 },
      yearly: { maintenance: 1000, consumables: 200, other: 50 },
    },
  ],
});

describe('LCC with constant yearly costs', () => {
  it('annuity factor for r = 3 %, n = 10 is 8.530203', () => {
    expect(annuityFactor(0.03, 10)).toBeCloseTo(AF_3_10, 6);
  });

  it('present value of 1000 paid in year 10 at 3 % is 744.09', () => {
    // 1000 × 0.744093915 = 744.09
    expect(presentValue(1000, 0.03, 10)).toBeCloseTo(744.09, 2);
  });

  it('discounts every yearly category with the annuity factor', () => {
    const [offer] = calculateLcc(scenario).offers;
    // energy 500 × 8.530203 = 4265.10; maintenance 1000 × 8.530203 = 8530.20;
    // consumables 200 × 8.530203 = 1706.04; other 50 × 8.530203 = 426.51
    expect(offer?.categories.acquisition).toBe(5000);
    expect(offer?.categories.energy).toBeCloseTo(4265.1, 2);
    expect(offer?.categories.maintenance).toBeCloseTo(8530.2, 2);
    expect(offer?.categories.consumables).toBeCloseTo(1706.04, 2);
    expect(offer?.categories.other).toBeCloseTo(426.51, 2);
    // 5000 + 1750 × 8.5302028 = 5000 + 14927.855 = 19927.855
    expect(offer?.total).toBeCloseTo(19927.855, 2);
  });

  it('puts acquisition at year 0 and the yearly costs at years 1..n', () => {
    const [offer] = calculateLcc(scenario).offers;
    const flows = offer?.cashFlows ?? [];
    expect(flows).toHaveLength(11);
    expect(flows[0]).toMatchObject({ year: 0, amount: 5000, presentValue: 5000 });
    // year 1: 1750 / 1.03 = 1699.03
    expect(flows[1]?.amount).toBe(1750);
    expect(flows[1]?.presentValue).toBeCloseTo(1699.03, 2);
    expect(flows[10]?.cumulativePresentValue).toBeCloseTo(offer?.total ?? NaN, 8);
  });

  it('shows the annuity factor as the first trace step', () => {
    const [first] = calculateLcc(scenario).trace;
    expect(first).toMatchObject({ step: 1, key: 'annuityFactor', offerId: null });
    expect(first?.formula).toBe('(1 − (1 + 0.03)^−10) / 0.03');
    expect(first?.value).toBeCloseTo(AF_3_10, 6);
  });

  it('reports the largest category as dominant', () => {
    // maintenance 8530.20 > acquisition 5000 > energy 4265.10
    expect(calculateLcc(scenario).offers[0]?.dominantCategory).toBe('maintenance');
  });
});
