import { runOneOffer as run } from '../test/one-offer.js';
import { outputValue } from './index.js';

describe('revenues', () => {
  // Hand-checked: 100 × annuity factor (3 %, 3 years) 2.828611 = 282.861135;
  // 1060.9 / 1.03^2 = 1060.9 / 1.0609 = 1000; together −1282.861135.
  it('books 100 a year and 1060.90 in year 2 as −1282.86 in their own category (hand-checked)', () => {
    const result = run({
      acquisition: { purchase: 5000 },
      revenues: { perYear: 100, items: [{ year: 2, amount: 1060.9, label: 'Recovered copper' }] },
    });
    const offer = result.offers[0];
    expect(offer?.categories.revenues).toBeCloseTo(-1282.861135, 5);
    expect(offer?.total).toBeCloseTo(5000 - 1282.861135, 5);
    expect(outputValue(result, 'category:a:revenues')).toBeCloseTo(-1282.861135, 5);
    expect(result.trace.find((s) => s.key === 'revenuesPresentValue')?.formula).toBe(
      '−(100 × 2.828611 + 1060.9 / (1 + 0.03)^2)',
    );
    expect(offer?.cashFlows[2]?.amount).toBeCloseTo(-1160.9, 9);
  });

  it('refuses a revenue outside the period', () => {
    expect(() => run({ revenues: { items: [{ year: 4, amount: 1 }] } })).toThrow(
      'offers.0.revenues.items.0.year: Must be a year from 1 to 3 (the period)',
    );
  });
});

describe('offers with a shorter service life: replacement cycles', () => {
  // Hand-checked, service life 2 years over 5 years at 3 %: bought at 0, 2 and 4;
  // 1000 + 1000 / 1.03^2 + 1000 / 1.03^4 = 1000 + 942.595909 + 888.487048 = 2831.082957;
  // disposal 100 at 2, 4 (replaced units) and 5 (last unit):
  // 94.259591 + 88.848705 + 86.260878 = 269.369174; total 3100.452131.
  it('buys a 2-year product again in years 2 and 4 of a 5-year period: 3100.45 (hand-checked)', () => {
    const result = run(
      { acquisition: { purchase: 1000 }, endOfLife: { disposal: 100 }, serviceLifeYears: 2 },
      { periodYears: 5 },
    );
    const offer = result.offers[0];
    expect(offer?.categories.acquisition).toBeCloseTo(2831.082957, 5);
    expect(offer?.categories.endOfLife).toBeCloseTo(269.369174, 5);
    expect(offer?.total).toBeCloseTo(3100.452131, 5);
    const step = result.trace.find((s) => s.key === 'replacementPresentValue');
    expect(step?.formula).toBe('2 years: Σ t ∈ {2, 4}: (1000 + 0 + 100) / (1 + 0.03)^t');
    expect(step?.value).toBeCloseTo(942.595909 + 888.487048 + 94.259591 + 88.848705, 5);
  });

  it('states the comparison method in the trace: replacement cycles over the common 5 years', () => {
    const result = run(
      { acquisition: { purchase: 1000 }, serviceLifeYears: 2 },
      { periodYears: 5 },
    );
    // (1 − 1.03^−5) / 0.03 = 4.579707
    expect(result.trace.find((s) => s.key === 'serviceLifeMethod')).toMatchObject({
      offerId: null,
      formula:
        "replacement cycles over a common period of 5 years (a: every 2 years); no credit for a last unit's remaining life; equivalent annual cost = total / 4.579707",
      value: 5,
    });
    expect(run({ serviceLifeYears: 3 }).trace.some((s) => s.key === 'serviceLifeMethod')).toBe(
      false,
    );
  });

  it('changes nothing when the service life is the period or longer', () => {
    const plain = run({ acquisition: { purchase: 1000 }, endOfLife: { disposal: 100 } });
    const long = run({
      acquisition: { purchase: 1000 },
      endOfLife: { disposal: 100 },
      serviceLifeYears: 3,
    });
    expect(long.offers[0]?.total).toBe(plain.offers[0]?.total);
  });
});

describe('equivalent annual cost', () => {
  // Hand-checked: a cost of 1000 a year has a present value of 1000 × AF, so EAC = PV / AF = 1000.
  it('turns 1000 a year of maintenance back into 1000 a year', () => {
    const result = run({ yearly: { maintenance: 1000 } });
    expect(result.offers[0]?.equivalentAnnualCost).toBeCloseTo(1000, 9);
  });
});
