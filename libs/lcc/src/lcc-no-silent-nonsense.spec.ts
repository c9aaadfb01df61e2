import {
  annuityFactor,
  calculateLcc,
  discountFactor,
  escalatingPresentValue,
  parseLccScenario,
  presentValue,
  validateLccScenario,
} from './index.js';

const base = {
  currency: 'EUR',
  periodYears: 10,
  discountRate: 0.03,
  offers: [{ id: 'a', acquisition: { purchase: 100 }, yearly: { maintenance: 10 } }],
};
const warningsOf = (input: unknown) =>
  calculateLcc(parseLccScenario(input), { sensitivity: false }).warnings;

describe('results are finite or the scenario is refused', () => {
  // 1 / (1 − 0.999)^100 = 1e300; × 1e9 a year overflows the largest double (1.8e308).
  it('refuses a discount rate of −99.9 % over 100 years with 1e9 a year of maintenance', () => {
    const result = validateLccScenario({
      ...base,
      periodYears: 100,
      discountRate: -0.999,
      offers: [{ id: 'a', yearly: { maintenance: 1e9 } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toBe('discountRate');
  });

  it('accepts the largest amounts with 100 % escalation over 100 years at 0 % (2^99 × 1e24 is finite)', () => {
    const result = validateLccScenario({
      ...base,
      periodYears: 100,
      discountRate: 0,
      offers: [
        { id: 'a', energy: { consumptionPerYear: 1e12, pricePerUnit: 1e12, escalation: 1 } },
      ],
    });
    expect(result.ok).toBe(true);
  });
});

describe('exported helpers guard their arguments', () => {
  it('refuses a rate of −100 % or less, NaN and Infinity', () => {
    expect(() => annuityFactor(-1, 10)).toThrow(RangeError);
    expect(() => discountFactor(Number.NaN, 1)).toThrow(RangeError);
    expect(() => presentValue(Infinity, 0.03, 1)).toThrow(RangeError);
    expect(() => escalatingPresentValue(100, 0.03, -1, 5)).toThrow(RangeError);
  });

  it('refuses a fractional or negative number of years', () => {
    expect(() => annuityFactor(0.03, 2.5)).toThrow(RangeError);
    expect(() => escalatingPresentValue(100, 0.03, 0.02, -1)).toThrow(RangeError);
  });

  it('still gives the published annuity factor 8.530203 for 3 % and 10 years', () => {
    expect(annuityFactor(0.03, 10)).toBeCloseTo(8.530203, 6);
  });
});

describe('warnings', () => {
  it('gives none for an ordinary scenario', () => {
    expect(warningsOf(base)).toEqual([]);
  });

  it('warns that a discount rate of 0.3 (30 %) looks like a percentage typed as a fraction', () => {
    expect(warningsOf({ ...base, discountRate: 0.3 })).toMatchObject([
      { code: 'rateVeryHigh', path: 'discountRate', params: { value: 0.3 } },
    ]);
  });

  it('warns that an energy escalation of 0.0002 (0.02 %) looks like a fraction typed as a percentage', () => {
    const offers = [
      { id: 'a', energy: { consumptionPerYear: 1, pricePerUnit: 1, escalation: 0.0002 } },
    ];
    expect(warningsOf({ ...base, offers })).toMatchObject([
      { code: 'rateVeryLow', path: 'offers.0.energy.escalation' },
    ]);
  });

  it('warns about a currency code that is not ISO 4217 (ABC) but not about NOK', () => {
    expect(warningsOf({ ...base, currency: 'ABC' })).toMatchObject([
      { code: 'currencyNotIso4217', path: 'currency', params: { currency: 'ABC' } },
    ]);
    expect(warningsOf({ ...base, currency: 'NOK' })).toEqual([]);
  });

  it('warns when undiscounted Clean Vehicles costs meet discounted yearly costs', () => {
    const vehicles = {
      ...base,
      cleanVehicles: {
        energyPricePerMJ: 0.03,
        co2PricePerKg: 0.04,
        noxPricePerG: 0.0044,
        nmhcPricePerG: 0.001,
        particulatesPricePerG: 0.087,
      },
      offers: [
        {
          id: 'car',
          yearly: { maintenance: 500 },
          vehicle: { category: 'M1', fuel: 'diesel', consumptionPer100Km: 5 },
        },
      ],
    };
    expect(warningsOf(vehicles)).toMatchObject([{ code: 'vehicleCostsUndiscounted', path: '' }]);
    expect(warningsOf({ ...vehicles, discountRate: 0 })).toEqual([]);
  });
});
