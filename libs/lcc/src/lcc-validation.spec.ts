import { validateLccScenario } from './index.js';

const offer = (id: string) => ({ id, acquisition: { purchase: 100 } });
const base = { currency: 'EUR', periodYears: 10, discountRate: 0.03, offers: [offer('a')] };

function errorsOf(input: unknown) {
  const result = validateLccScenario(input);
  return result.ok ? [] : result.errors;
}

describe('scenario validation', () => {
  it('accepts a minimal offer and fills every default with 0', () => {
    const result = validateLccScenario({ ...base, offers: [{ id: 'a', yearly: null }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [o] = result.scenario.offers;
    expect(result.scenario.co2PricePerTonne).toBe(0);
    expect(o?.acquisition).toEqual({ purchase: 0, installation: 0 });
    expect(o?.energy).toEqual({
      consumptionPerYear: 0,
      unit: 'kWh',
      pricePerUnit: 0,
      escalation: 0,
      co2KgPerUnit: 0,
    });
    expect(o?.yearly).toEqual({
      maintenance: 0,
      consumables: 0,
      other: 0,
      maintenanceEscalation: 0,
      consumablesEscalation: 0,
      otherEscalation: 0,
    });
    expect(result.scenario.co2PriceEscalation).toBe(0);
    expect(result.scenario.co2PricePerTonneByYear).toBeUndefined();
    expect(o?.oneOff).toEqual([]);
    expect(o?.endOfLife).toEqual({ disposal: 0, residualValue: 0 });
  });

  it('reports a negative period, a rate of −100 % and 7 offers with their paths', () => {
    const errors = errorsOf({
      ...base,
      periodYears: -5,
      discountRate: -1,
      offers: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(offer),
    });
    expect(errors).toEqual([
      { path: 'periodYears', message: 'Must be at least 1 year' },
      { path: 'discountRate', message: 'Must be greater than -1 (-100%)' },
      { path: 'offers', message: 'Enter at most 6 offers' },
    ]);
  });

  it('names the field of a negative price inside the third offer', () => {
    const offers = [offer('a'), offer('b'), { id: 'c', energy: { pricePerUnit: -0.2 } }];
    expect(errorsOf({ ...base, offers })).toEqual([
      { path: 'offers.2.energy.pricePerUnit', message: 'Must be zero or more' },
    ]);
  });

  it('rejects fractional periods, text for numbers, missing fields and unknown fields', () => {
    const { currency: _currency, ...noCurrency } = base;
    expect(
      errorsOf({ ...noCurrency, periodYears: 2.5, offers: [{ id: 'a', maintenance: 5 }] }),
    ).toEqual([
      { path: 'currency', message: 'Required' },
      { path: 'periodYears', message: 'Enter a whole number of years' },
      { path: 'offers.0.maintenance', message: 'Unknown field' },
    ]);
    expect(errorsOf({ ...base, discountRate: '0.03' })).toEqual([
      { path: 'discountRate', message: 'Enter a number' },
    ]);
  });

  it('rejects duplicate offer ids and one-off costs outside the period', () => {
    const errors = errorsOf({
      ...base,
      offers: [
        { id: 'a', oneOff: [{ year: 11, amount: 10, category: 'replacement' }] },
        { id: 'a' },
      ],
    });
    expect(errors).toEqual([
      { path: 'offers.0.oneOff.0.year', message: 'Must be a year from 1 to 10 (the period)' },
      { path: 'offers.1.id', message: 'Offer ids must be unique' },
    ]);
  });

  it('rejects an unknown vehicle category, no offers and a rate above 100 %', () => {
    const vehicle = { category: 'X9', fuel: 'diesel', consumptionPer100Km: 7 };
    expect(errorsOf({ ...base, offers: [{ id: 'a', vehicle }] })).toEqual([
      { path: 'offers.0.vehicle.category', message: 'Must be one of: M1, N1, N2, N3, M2, M3' },
    ]);
    expect(errorsOf({ ...base, discountRate: 1.5, offers: [] })).toEqual([
      { path: 'discountRate', message: 'Must be at most 1 (100%)' },
      { path: 'offers', message: 'Enter at least one offer' },
    ]);
  });
});
