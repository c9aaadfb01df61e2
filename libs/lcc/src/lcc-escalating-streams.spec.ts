import { runOneOffer as run } from '../test/one-offer.js';
import { parseLccScenario } from './index.js';

describe('escalation of maintenance, consumables and other yearly costs', () => {
  // Hand-checked: year t costs 1000 × 1.02^(t−1), discounted by 1.03^t:
  // 1000 / 1.03 = 970.873786; 1020 / 1.0609 = 961.447827; 1040.4 / 1.092727 = 952.113382;
  // sum 2884.434996.
  it('discounts maintenance of 1000 a year growing 2 % a year over 3 years at 3 % to 2884.43 (hand-checked)', () => {
    const result = run({ yearly: { maintenance: 1000, maintenanceEscalation: 0.02 } });
    expect(result.offers[0]?.categories.maintenance).toBeCloseTo(2884.434996, 5);
    expect(result.trace.find((s) => s.key === 'maintenancePresentValue')?.formula).toBe(
      'Σ t=1..3: 1000 × (1 + 0.02)^(t − 1) / (1 + 0.03)^t',
    );
  });

  it('applies each stream its own rate: consumables and other at 2 % give the same 2884.43 each (hand-checked as above)', () => {
    const result = run({
      yearly: {
        consumables: 1000,
        consumablesEscalation: 0.02,
        other: 1000,
        otherEscalation: 0.02,
      },
    });
    expect(result.offers[0]?.categories.consumables).toBeCloseTo(2884.434996, 5);
    expect(result.offers[0]?.categories.other).toBeCloseTo(2884.434996, 5);
  });

  it('leaves a yearly cost without escalation on the annuity factor: 1000 × 2.828611 = 2828.61 (hand-checked)', () => {
    // (1 − 1.03^−3) / 0.03 = 2.828611
    const result = run({ yearly: { maintenance: 1000 } });
    expect(result.offers[0]?.categories.maintenance).toBeCloseTo(2828.611355, 5);
  });
});

describe('carbon price path', () => {
  // Hand-checked: 10 t × 100 = 1000 in year 1, 10 t × 105 = 1050 in year 2;
  // 1000 / 1.03 + 1050 / 1.0609 = 970.873786 + 989.725705 = 1960.599491.
  it('prices 10 t a year at 100 a tonne rising 5 % a year over 2 years at 3 % to 1960.60 (hand-checked)', () => {
    const result = run(
      { emissions: { co2TonnesPerYear: 10 } },
      { periodYears: 2, co2PricePerTonne: 100, co2PriceEscalation: 0.05 },
    );
    expect(result.offers[0]?.categories.externalities).toBeCloseTo(1960.599491, 5);
  });

  // Hand-checked: 10 × 100 / 1.03 + 10 × 200 / 1.0609 = 970.873786 + 1885.191818 = 2856.065605.
  it('uses a price table of 100 then 200 a tonne: 2856.07 (hand-checked)', () => {
    const result = run(
      { emissions: { co2TonnesPerYear: 10 } },
      { periodYears: 2, co2PricePerTonne: 999, co2PricePerTonneByYear: [100, 200] },
    );
    expect(result.offers[0]?.categories.externalities).toBeCloseTo(2856.065605, 5);
  });

  it('refuses a price table that does not have one price per year of the period', () => {
    expect(() =>
      parseLccScenario({
        currency: 'EUR',
        periodYears: 3,
        discountRate: 0.03,
        co2PricePerTonneByYear: [100, 200],
        offers: [{ id: 'a' }],
      }),
    ).toThrow('co2PricePerTonneByYear: Enter one price for each year 1 to 3');
  });
});

describe('CO2 from energy', () => {
  // Hand-checked: 10000 kWh × 0.5 kg/kWh = 5000 kg = 5 t a year; 5 t × 100 = 500 a year;
  // 500 × annuity factor (3 %, 10 years) 8.530203 (README) = 4265.10.
  it('turns 10000 kWh a year at 0.5 kg CO2e/kWh and 100 a tonne into 4265.10 over 10 years at 3 % (hand-checked)', () => {
    const result = run(
      { energy: { consumptionPerYear: 10000, pricePerUnit: 0, co2KgPerUnit: 0.5 } },
      { periodYears: 10, co2PricePerTonne: 100 },
    );
    expect(result.offers[0]?.categories.externalities).toBeCloseTo(4265.101418, 5);
    expect(result.trace.find((s) => s.key === 'co2TonnesPerYear')).toMatchObject({
      formula: '10000 × 0.5 / 1000',
      value: 5,
    });
  });

  it('adds direct CO2 to CO2 from energy: 2 t + 5 t = 7 t a year (hand-checked)', () => {
    const result = run(
      {
        energy: { consumptionPerYear: 10000, co2KgPerUnit: 0.5 },
        emissions: { co2TonnesPerYear: 2 },
      },
      { periodYears: 1, discountRate: 0, co2PricePerTonne: 100 },
    );
    expect(result.offers[0]?.categories.externalities).toBeCloseTo(700, 9);
  });
});
