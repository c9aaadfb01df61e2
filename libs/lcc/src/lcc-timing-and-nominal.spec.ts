import { calculateLcc, parseLccScenario, validateLccScenario } from './index.js';

function run(settings: Record<string, unknown>, offer: Record<string, unknown> = {}) {
  const scenario = parseLccScenario({
    currency: 'EUR',
    periodYears: 3,
    discountRate: 0.03,
    ...settings,
    offers: [{ id: 'a', yearly: { maintenance: 1000 }, ...offer }],
  });
  return calculateLcc(scenario, { sensitivity: false });
}

describe('payment timing within the year', () => {
  // Annuity factor (3 %, 3 years) = (1 − 1.03^−3) / 0.03 = 2.828611 (hand-checked).
  it('discounts 1000 a year paid at year end over 3 years at 3 % to 2828.61 (default, hand-checked)', () => {
    expect(run({}).offers[0]?.total).toBeCloseTo(2828.611355, 5);
  });

  // Paid at the start of each year (annuity due): 2828.611355 × 1.03 = 2913.469696.
  it('discounts the same payments at the start of each year to 2913.47 (annuity due, hand-checked)', () => {
    const result = run({ paymentTiming: 'start' });
    expect(result.offers[0]?.total).toBeCloseTo(2913.469696, 5);
    expect(result.trace.find((s) => s.key === 'maintenancePresentValue')?.formula).toBe(
      'Σ t=1..3: 1000 / (1 + 0.03)^(t − 1)',
    );
  });

  // Mid-year: 2828.611355 × 1.03^0.5 = 2870.726992.
  it('discounts mid-year payments to 2870.73 (hand-checked)', () => {
    expect(run({ paymentTiming: 'middle' }).offers[0]?.total).toBeCloseTo(2870.726992, 5);
  });

  it('lets one offer pay in advance while the scenario pays at year end; one-offs and end of life stay at year end', () => {
    const result = run(
      {},
      {
        paymentTiming: 'start',
        oneOff: [{ year: 2, amount: 1060.9, category: 'replacement' }],
        endOfLife: { disposal: 1092.727 },
      },
    );
    // 2913.469696 + 1060.9 / 1.03^2 (= 1000) + 1092.727 / 1.03^3 (= 1000) = 4913.469696
    expect(result.offers[0]?.total).toBeCloseTo(4913.469696, 5);
  });
});

describe('nominal prices with an inflation rate', () => {
  // Fisher: (1 + 0.0506) / (1 + 0.02) = 1.03, so a nominal 5.06 % with 2 % inflation is a real 3 %.
  it('gives the same result as real prices at 3 % for a nominal 5.06 % with 2 % inflation (hand-checked)', () => {
    const nominal = run(
      { priceBasis: 'nominal', discountRate: 0.0506, inflationRate: 0.02 },
      { endOfLife: { residualValue: 500 } },
    );
    const real = run({}, { endOfLife: { residualValue: 500 } });
    expect(nominal.offers[0]?.total).toBeCloseTo(real.offers[0]?.total ?? NaN, 6);
    // The year-1 cash flow is in nominal money: 1000 × 1.02.
    expect(nominal.offers[0]?.cashFlows[1]?.amount).toBeCloseTo(1020, 9);
  });

  it('reproduces the laptop exercise totals in nominal mode at 5.06 % with 2 % inflation', () => {
    // curriculum/exercises/ict-laptops-lease-vs-buy.yaml (copied so the library reads no files).
    const energy = { consumptionPerYear: 10000, unit: 'kWh', pricePerUnit: 0.25, escalation: 0.03 };
    const yaml = {
      currency: 'EUR',
      periodYears: 4,
      discountRate: 0.03,
      offers: [
        {
          id: 'buy-new',
          acquisition: { purchase: 450000, installation: 15000 },
          energy,
          yearly: { maintenance: 12000 },
          endOfLife: { disposal: 5000, residualValue: 60000 },
        },
        {
          id: 'lease-service',
          acquisition: { installation: 15000 },
          energy,
          yearly: { other: 118000 },
        },
        {
          id: 'buy-refurbished',
          acquisition: { purchase: 275000, installation: 15000 },
          energy: { ...energy, consumptionPerYear: 12000 },
          yearly: { maintenance: 22000 },
          endOfLife: { disposal: 5000, residualValue: 15000 },
        },
      ],
    };
    const real = calculateLcc(parseLccScenario(yaml), { sensitivity: false });
    const nominal = calculateLcc(
      parseLccScenario({
        ...yaml,
        priceBasis: 'nominal',
        discountRate: 0.0506,
        inflationRate: 0.02,
      }),
      { sensitivity: false },
    );
    nominal.offers.forEach((o, i) => expect(o.total).toBeCloseTo(real.offers[i]?.total ?? NaN, 4));
  });

  it('refuses an inflation rate with real prices', () => {
    const checked = validateLccScenario({
      currency: 'EUR',
      periodYears: 3,
      discountRate: 0.03,
      inflationRate: 0.02,
      offers: [{ id: 'a' }],
    });
    expect(checked.ok ? [] : checked.errors.map((e) => e.path)).toEqual(['inflationRate']);
  });
});
