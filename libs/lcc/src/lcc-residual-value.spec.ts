import { calculateLcc, parseLccScenario } from './index.js';

function scenarioWith(discountRate: number) {
  return parseLccScenario({
    currency: 'EUR',
    periodYears: 15,
    discountRate,
    offers: [
      {
        id: 'b',
        acquisition: { purchase: 160000, installation: 15000 },
        endOfLife: { disposal: 1000, residualValue: 5000 },
      },
    ],
  });
}

describe('LCC with end-of-life cost and residual value', () => {
  it('nets disposal and residual value at year n: (1000 − 5000) / 1.03^15 = −2567.45', () => {
    // 1.03^15 = 1.557967417; −4000 / 1.557967417 = −2567.45
    const [offer] = calculateLcc(scenarioWith(0.03)).offers;
    expect(offer?.categories.endOfLife).toBeCloseTo(-2567.45, 2);
    // 175000 − 2567.45 = 172432.55
    expect(offer?.total).toBeCloseTo(172432.55, 2);
  });

  it('books the net amount in the last year only', () => {
    const flows = calculateLcc(scenarioWith(0.03)).offers[0]?.cashFlows ?? [];
    expect(flows[14]?.amount).toBe(0);
    expect(flows[15]?.amount).toBe(-4000);
  });

  it('at r = 0 the residual value counts in full', () => {
    // 175000 + 1000 − 5000 = 171000
    expect(calculateLcc(scenarioWith(0)).offers[0]?.total).toBe(171000);
  });
});
