import { calculateLcc, outputValue, parseLccScenario, parseOutputSpec } from './index.js';

// r = 0, n = 4: a = 100 + 4 × 50 = 300 (maintenance 200); b = 150 + 4 × 10 energy = 190.
const result = calculateLcc(
  parseLccScenario({
    currency: 'EUR',
    periodYears: 4,
    discountRate: 0,
    offers: [
      { id: 'a', acquisition: { purchase: 100 }, yearly: { maintenance: 50 } },
      {
        id: 'b',
        acquisition: { purchase: 150 },
        energy: { consumptionPerYear: 100, pricePerUnit: 0.1 },
      },
    ],
  }),
  { sensitivity: false, trace: false },
);

describe('output specs for numeric quiz questions', () => {
  it('reads totals, differences, ranks and categories', () => {
    expect(outputValue(result, 'total:a')).toBe(300);
    expect(outputValue(result, 'total:b')).toBeCloseTo(190, 10);
    expect(outputValue(result, 'difference:a:b')).toBeCloseTo(110, 10);
    expect(outputValue(result, 'differenceToCheapest:a')).toBeCloseTo(110, 10);
    expect(outputValue(result, 'rank:a')).toBe(2);
    expect(outputValue(result, 'category:a:maintenance')).toBe(200);
    expect(outputValue(result, 'category:b:energy')).toBeCloseTo(40, 10);
    expect(outputValue(result, 'annuityFactor')).toBe(4);
    // b: 150 + 10 t ≤ 100 + 50 t from t = 1.25 → year 2
    expect(outputValue(result, 'breakEvenYear:b:a')).toBe(2);
  });

  it('explains malformed specs', () => {
    expect(parseOutputSpec('category:a:fuel')).toMatchObject({ ok: false });
    expect(parseOutputSpec('total')).toEqual({
      ok: false,
      message: 'Expected 1 argument(s) after "total" in "total"',
    });
    expect(parseOutputSpec('difference:a:')).toMatchObject({ ok: false });
    expect(parseOutputSpec('npv:a')).toEqual({
      ok: false,
      message: 'Unknown output "npv" in "npv:a"',
    });
    expect(parseOutputSpec('category:b:energy')).toEqual({
      ok: true,
      spec: { kind: 'category', offerId: 'b', category: 'energy' },
    });
  });

  it('throws for unknown offers and offers without vehicle data', () => {
    expect(() => outputValue(result, 'total:c')).toThrow('Unknown offer "c"');
    expect(() => outputValue(result, 'cleanVehicles:a:energy')).toThrow('no vehicle data');
  });

  it('leaves trace and sensitivity out when asked', () => {
    expect(result.trace).toEqual([]);
    expect(result.sensitivity).toBeNull();
  });
});
