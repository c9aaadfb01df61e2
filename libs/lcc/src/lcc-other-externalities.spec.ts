import { runOneOffer as run } from '../test/one-offer.js';
import { calculateLcc, costItemRows, lccWarnings, validateLccScenario } from './index.js';

/** A gas boiler emitting 20 kg NOx and 2 kg particulates a year, priced at 10 and 100 a kg. */
const boiler = { emissions: { noxKgPerYear: 20, particulatesKgPerYear: 2 } };
const prices = { externalityPrices: { noxPerKg: 10, particulatesPerKg: 100 } };

describe('other externalities (NOx, SO2, NMHC, particulates) of a non-vehicle offer', () => {
  // Hand-checked: 20 × 10 + 2 × 100 = 400 a year; (1 − 1.03^−10) / 0.03 = 8.530203;
  // 400 × 8.530203 = 3412.08.
  it('prices a boiler at 400 a year over 10 years at 3 % to 3412.08 (hand-checked)', () => {
    const result = run(boiler, { ...prices, periodYears: 10 });
    const offer = result.offers[0];
    expect(offer?.categories.externalities).toBeCloseTo(3412.081135, 5);
    expect(offer?.total).toBeCloseTo(3412.081135, 5);
    const step = (key: string) => result.trace.find((s) => s.key === key);
    expect(step('pollutantCostPerYear')).toMatchObject({
      formula: '20 × 10 + 2 × 100',
      value: 400,
    });
    expect(step('externalitiesPresentValue')?.formula).toBe('400 × 8.530203');
  });

  // Hand-checked: paid mid-year, 3412.081135 × 1.03^0.5 = 3462.88.
  it('pays the boiler pollution mid-year: 3412.08 × 1.03^0.5 = 3462.88 (hand-checked)', () => {
    const result = run(boiler, { ...prices, periodYears: 10, paymentTiming: 'middle' });
    expect(result.offers[0]?.categories.externalities).toBeCloseTo(3462.884145, 5);
  });

  // Hand-checked: CO2 10 t × 100 rising 5 % plus 400 of pollutants, 2 years at 3 %:
  // (1000 + 400) / 1.03 + (1050 + 400) / 1.0609 = 1359.223301 + 1366.764069 = 2725.99.
  it('adds the pollutants to a rising CO2 price: 2725.99 over 2 years (hand-checked)', () => {
    const result = run(
      { emissions: { co2TonnesPerYear: 10, ...boiler.emissions } },
      { ...prices, periodYears: 2, co2PricePerTonne: 100, co2PriceEscalation: 0.05 },
    );
    expect(result.offers[0]?.categories.externalities).toBeCloseTo(2725.987369, 5);
    expect(result.trace.find((s) => s.key === 'externalitiesPresentValue')?.formula).toBe(
      'Σ t=1..2: (10 × 100 × (1 + 0.05)^(t − 1) + 400) / (1 + 0.03)^t',
    );
  });

  it('costs nothing without prices, and books one externalities row per year in the spreadsheet layout', () => {
    expect(run(boiler).offers[0]?.categories.externalities).toBe(0);
    const checked = validateLccScenario({
      currency: 'EUR',
      periodYears: 3,
      discountRate: 0.03,
      ...prices,
      offers: [{ id: 'boiler', ...boiler }],
    });
    if (!checked.ok) throw new Error('invalid');
    const rows = costItemRows(checked.scenario);
    expect(rows.map((r) => [r.year, r.category, r.amount])).toEqual([
      [1, 'externalities', 400],
      [2, 'externalities', 400],
      [3, 'externalities', 400],
    ]);
    const total = calculateLcc(checked.scenario).offers[0]?.total ?? 0;
    expect(rows.reduce((s, r) => s + r.presentValue, 0)).toBeCloseTo(total, 9);
  });

  it('refuses pollutants on a vehicle offer (the Clean Vehicles method prices them) and a negative price', () => {
    const base = {
      currency: 'EUR',
      periodYears: 3,
      discountRate: 0.03,
      cleanVehicles: {
        energyPricePerMJ: 0.03,
        co2PricePerKg: 0.04,
        noxPricePerG: 0.0044,
        nmhcPricePerG: 0.001,
        particulatesPricePerG: 0.087,
      },
    };
    const vehicle = { category: 'M1', fuel: 'diesel', consumptionPer100Km: 5 };
    const bad = validateLccScenario({
      ...base,
      offers: [{ id: 'van', vehicle, emissions: { noxKgPerYear: 5 } }],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(['offers.0.emissions']);
    const negative = validateLccScenario({
      ...base,
      externalityPrices: { so2PerKg: -1 },
      offers: [{ id: 'a' }],
    });
    expect(negative.ok).toBe(false);
    if (!negative.ok) expect(negative.errors[0]?.path).toBe('externalityPrices.so2PerKg');
  });

  it('counts priced pollutants as discounted costs when a vehicle is in the same scenario (warning)', () => {
    const checked = validateLccScenario({
      currency: 'EUR',
      periodYears: 3,
      discountRate: 0.03,
      ...prices,
      cleanVehicles: {
        energyPricePerMJ: 0.03,
        co2PricePerKg: 0.04,
        noxPricePerG: 0.0044,
        nmhcPricePerG: 0.001,
        particulatesPricePerG: 0.087,
      },
      offers: [
        { id: 'van', vehicle: { category: 'N1', fuel: 'diesel', consumptionPer100Km: 8 } },
        { id: 'boiler', ...boiler },
      ],
    });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(lccWarnings(checked.scenario).map((w) => w.code)).toEqual(['vehicleCostsUndiscounted']);
  });
});
