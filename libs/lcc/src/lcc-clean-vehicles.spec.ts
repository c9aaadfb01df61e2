import { calculateLcc, outputValue, parseLccScenario, validateLccScenario } from './index.js';

// Clean Vehicles Directive 2009/33/EC, Art. 6 + Annex, for a diesel van (category N1):
//   lifetime mileage N1 = 250,000 km; diesel = 36 MJ/l
//   energy: 7.5 l/100 km → 0.075 l/km × 36 MJ/l = 2.7 MJ/km; 2.7 × 0.03 €/MJ × 250,000 = 20,250
//   CO2: 195 g/km × 250,000 km = 48,750 kg × 0.04 €/kg                                =  1,950
//   NOx: 0.08 g/km × 250,000 = 20,000 g × 0.0044 €/g                                  =     88
//   NMHC: 0.01 g/km × 250,000 = 2,500 g × 0.001 €/g                                   =      2.5
//   particulates: 0.004 g/km × 250,000 = 1,000 g × 0.087 €/g                          =     87
//   lifetime operational cost = 22,377.50; plus purchase 30,000 → 52,377.50
// The engine books energy (20,250) in `energy` and the four emission costs in `externalities`.
// An electric van: 20 kWh/100 km × 3.6 MJ/kWh = 0.72 MJ/km; 0.72 × 0.03 × 250,000 = 5,400;
//   no tailpipe emissions; plus purchase 40,000 → 45,400.
const input = {
  currency: 'EUR',
  periodYears: 8,
  discountRate: 0.03,
  cleanVehicles: {
    energyPricePerMJ: 0.03,
    co2PricePerKg: 0.04,
    noxPricePerG: 0.0044,
    nmhcPricePerG: 0.001,
    particulatesPricePerG: 0.087,
  },
  offers: [
    {
      id: 'diesel-van',
      acquisition: { purchase: 30000 },
      vehicle: {
        category: 'N1',
        fuel: 'diesel',
        consumptionPer100Km: 7.5,
        co2GPerKm: 195,
        noxGPerKm: 0.08,
        nmhcGPerKm: 0.01,
        particulatesGPerKm: 0.004,
      },
    },
    {
      id: 'e-van',
      acquisition: { purchase: 40000 },
      vehicle: { category: 'N1', fuel: 'electricity', consumptionPer100Km: 20 },
    },
  ],
} as const;

describe('Clean Vehicles Directive lifetime cost', () => {
  const result = calculateLcc(parseLccScenario(input));

  it('computes the diesel van part by part', () => {
    const cvd = result.offers[0]?.cleanVehicles;
    expect(cvd?.lifetimeKm).toBe(250000);
    expect(cvd?.energyMJPerKm).toBeCloseTo(2.7, 10);
    expect(cvd?.energy).toBeCloseTo(20250, 6);
    expect(cvd?.co2).toBeCloseTo(1950, 6);
    expect(cvd?.nox).toBeCloseTo(88, 6);
    expect(cvd?.nmhc).toBeCloseTo(2.5, 6);
    expect(cvd?.particulates).toBeCloseTo(87, 6);
    expect(cvd?.total).toBeCloseTo(22377.5, 6);
  });

  it('books energy and emissions undiscounted, as the Directive prescribes', () => {
    const [diesel, electric] = result.offers;
    // energy 20,250; externalities 1,950 + 88 + 2.5 + 87 = 2,127.50 (r = 3 % does not apply)
    expect(diesel?.categories.energy).toBeCloseTo(20250, 6);
    expect(diesel?.categories.externalities).toBeCloseTo(2127.5, 6);
    expect(outputValue(result, 'category:diesel-van:energy')).toBeCloseTo(20250, 6);
    expect(diesel?.total).toBeCloseTo(52377.5, 6);
    expect(electric?.total).toBeCloseTo(45400, 6);
    expect(result.ranking).toEqual(['e-van', 'diesel-van']);
    expect(outputValue(result, 'difference:diesel-van:e-van')).toBeCloseTo(6977.5, 6);
  });

  it('spreads it over the period in the cash flows so the cumulative ends at the total', () => {
    const flows = result.offers[0]?.cashFlows ?? [];
    // 22,377.50 / 8 years = 2,797.1875 a year
    expect(flows[1]?.presentValue).toBeCloseTo(2797.1875, 6);
    expect(flows[8]?.cumulativePresentValue).toBeCloseTo(52377.5, 6);
  });

  it('uses a stated lifetime mileage and energy content instead of the defaults', () => {
    const custom = structuredClone(input) as unknown as { offers: { vehicle: object }[] };
    custom.offers[1]!.vehicle = {
      category: 'N1',
      fuel: 'natural-gas',
      consumptionPer100Km: 10,
      lifetimeKm: 100000,
      energyContentMJPerUnit: 38,
    };
    // 10 Nm³/100 km × 38 MJ/Nm³ = 3.8 MJ/km; 3.8 × 0.03 × 100,000 = 11,400
    const r = calculateLcc(parseLccScenario(custom));
    expect(outputValue(r, 'cleanVehicles:e-van:energy')).toBeCloseTo(11400, 6);
    expect(outputValue(r, 'cleanVehicles:e-van:lifetimeKm')).toBe(100000);
  });

  it('requires the unit prices and refuses energy data on a vehicle offer', () => {
    const bad = structuredClone(input) as unknown as Record<string, unknown> & {
      offers: Record<string, unknown>[];
    };
    delete bad.cleanVehicles;
    bad.offers[0]!.energy = { consumptionPerYear: 1000, pricePerUnit: 1 };
    const v = validateLccScenario(bad);
    expect(v.ok).toBe(false);
    const paths = v.ok ? [] : v.errors.map((e) => e.path);
    expect(paths).toEqual(['offers.0.energy', 'cleanVehicles']);
  });
});
