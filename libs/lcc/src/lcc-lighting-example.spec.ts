import { calculateLcc, outputValue, parseLccScenario } from './index.js';

// The example exercise of curriculum/README.md ("Life-cycle costing exercises"), by hand.
// r = 3 %, n = 15: AF = (1 − 1.03^−15) / 0.03 = (1 − 0.641862) / 0.03 = 11.937935
// Offer a:
//   acquisition 120000 + 15000                               = 135000
//   energy: 50000 kWh × 0.2 = 10000 in year 1, e = 2 %       = 136138.33 (see lcc-energy-escalation)
//   maintenance 2000 × 11.937935                             =  23875.87
//   one-off 10000 / 1.03^8 = 10000 / 1.266770                =   7894.09
//   end of life (3000 − 0) / 1.03^15 = 3000 / 1.557967       =   1925.59
//   externalities 20 t × 100 × 11.937935                     =  23875.87
//   total                                                    = 328709.75
// Offer b:
//   acquisition 160000 + 15000                               = 175000
//   energy: 22000 × 0.2 = 4400 = 0.44 × a's → 0.44 × 136138.33 = 59900.86
//   maintenance 800 × 11.937935                              =   9550.35
//   end of life (1000 − 5000) / 1.557967                     =  −2567.45
//   total                                                    = 241883.76
// Difference a − b = 86825.99 (86825.98 unrounded).
// Break-even of b (40000 dearer at year 0) against a: a − b saves each year
// 5600 × 1.02^(t−1) energy + 1200 maintenance + 2000 externalities, discounted:
//   t=1 8800/1.03 = 8543.69; t=2 8912/1.0609 = 8400.41 (16944.10);
//   t=3 9026.24/1.092727 = 8260.30 (25204.40); t=4 9142.76/1.125509 = 8123.22 (33327.62);
//   t=5 9261.62/1.159274 = 7989.21 (41316.83 ≥ 40000) → year 5.
const scenario = parseLccScenario({
  id: 'lighting-led-retrofit',
  currency: 'EUR',
  periodYears: 15,
  discountRate: 0.03,
  co2PricePerTonne: 100,
  offers: [
    {
      id: 'a',
      acquisition: { purchase: 120000, installation: 15000 },
      energy: { consumptionPerYear: 50000, unit: 'kWh', pricePerUnit: 0.2, escalation: 0.02 },
      yearly: { maintenance: 2000, consumables: 0, other: 0 },
      oneOff: [{ year: 8, amount: 10000, category: 'replacement' }],
      endOfLife: { disposal: 3000, residualValue: 0 },
      emissions: { co2TonnesPerYear: 20 },
    },
    {
      id: 'b',
      acquisition: { purchase: 160000, installation: 15000 },
      energy: { consumptionPerYear: 22000, unit: 'kWh', pricePerUnit: 0.2, escalation: 0.02 },
      yearly: { maintenance: 800 },
      endOfLife: { disposal: 1000, residualValue: 5000 },
    },
  ],
});

describe('LED retrofit example exercise', () => {
  const result = calculateLcc(scenario);

  it('matches the hand calculation per category', () => {
    const [a, b] = result.offers;
    expect(a?.categories).toMatchObject({ acquisition: 135000, consumables: 0, other: 0 });
    expect(a?.categories.maintenance).toBeCloseTo(23875.87, 2);
    expect(a?.categories.oneOff).toBeCloseTo(7894.09, 2);
    expect(a?.categories.endOfLife).toBeCloseTo(1925.59, 2);
    expect(a?.categories.externalities).toBeCloseTo(23875.87, 2);
    expect(b?.categories.energy).toBeCloseTo(59900.86, 2);
    expect(b?.categories.maintenance).toBeCloseTo(9550.35, 2);
    expect(b?.categories.externalities).toBe(0);
  });

  it('ranks b first, 86825.98 cheaper, breaking even in year 5', () => {
    expect(outputValue(result, 'total:a')).toBeCloseTo(328709.75, 2);
    expect(outputValue(result, 'total:b')).toBeCloseTo(241883.76, 2);
    expect(result.ranking).toEqual(['b', 'a']);
    expect(outputValue(result, 'difference:a:b')).toBeCloseTo(86825.98, 2);
    expect(outputValue(result, 'breakEvenYear:b:a')).toBe(5);
    expect(result.offers.map((o) => o.dominantCategory)).toEqual(['energy', 'acquisition']);
  });

  it('traces every step with a translatable key, ending with the difference', () => {
    const keys = result.trace.map((s) => s.key);
    expect(keys.slice(0, 9)).toEqual([
      'annuityFactor',
      'acquisition',
      'energyFirstYear',
      'energyPresentValue',
      'maintenancePresentValue',
      'oneOffPresentValue',
      'endOfLifePresentValue',
      'externalitiesPresentValue',
      'total',
    ]);
    expect(result.trace.map((s) => s.step)).toEqual(keys.map((_, i) => i + 1));
    const totalB = result.trace.find((s) => s.key === 'total' && s.offerId === 'b');
    expect(totalB?.formula).toBe('175000 + 59900.86 + 9550.35 − 2567.45');
    expect(result.trace.at(-1)).toMatchObject({
      key: 'differenceToCheapest',
      offerId: 'a',
      formula: '328709.75 − 241883.76',
    });
  });
});
