import { drawVariant, lccAnswer, numberAtPath } from './variant.js';
import { mulberry32 } from './draw.js';
import { parseLccScenario } from './validate.js';

// Two offers, 10 years: a yearly cost of 1,000 differs, so the difference is 1,000 × annuity factor.
const scenario = parseLccScenario({
  currency: 'EUR',
  periodYears: 10,
  discountRate: 0.03,
  offers: [
    { id: 'a', acquisition: { purchase: 10_000 }, yearly: { maintenance: 2_000 } },
    { id: 'b', acquisition: { purchase: 10_000 }, yearly: { maintenance: 1_000 } },
  ],
});

describe('numeric questions with drawn inputs', () => {
  it('computes the base answer with the engine', () => {
    // 1,000 × (1 − 1.03^−10) / 0.03 = 8,530.20
    expect(lccAnswer(scenario, 'difference:a:b')).toBeCloseTo(8530.2, 1);
  });

  it('draws inputs per attempt and recomputes the answer for them', () => {
    const v = drawVariant(
      scenario,
      'difference:a:b',
      [{ name: 'rate', path: 'discountRate', min: 0.02, max: 0.06, step: 0.01 }],
      mulberry32(7),
    );
    const r = v.values.rate!;
    expect([0.02, 0.03, 0.04, 0.05, 0.06].some((x) => Math.abs(x - r) < 1e-9)).toBe(true);
    expect(v.answer).toBeCloseTo((1000 * (1 - (1 + r) ** -10)) / r, 6);
    expect(scenario.discountRate).toBe(0.03); // the exercise itself is untouched
  });

  it('finds numbers by path', () => {
    expect(numberAtPath(scenario, 'offers.1.yearly.maintenance')).toBe(1000);
    expect(numberAtPath(scenario, 'offers.9.yearly.maintenance')).toBeUndefined();
  });
});
