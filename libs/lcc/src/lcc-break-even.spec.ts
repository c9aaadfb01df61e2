import { calculateLcc, outputValue, parseLccScenario } from './index.js';

// a is cheaper to buy (1000) but costs 300 a year; b costs 1550 to buy and 100 a year.
// b is 550 dearer at year 0 and saves 200 a year.
function scenario(discountRate: number, periodYears = 10, purchaseB = 1550) {
  return parseLccScenario({
    currency: 'EUR',
    periodYears,
    discountRate,
    offers: [
      { id: 'a', acquisition: { purchase: 1000 }, yearly: { maintenance: 300 } },
      { id: 'b', acquisition: { purchase: purchaseB }, yearly: { maintenance: 100 } },
    ],
  });
}

describe('break-even year of a dearer-to-buy offer', () => {
  it('at r = 0 breaks even in year 3 (550 − 200 t ≤ 0 from t = 2.75)', () => {
    // cumulative a: 1000 + 300 t; b: 1550 + 100 t → year 2: 1600 < 1750, year 3: 1900 ≥ 1850
    const result = calculateLcc(scenario(0));
    expect(result.breakEvens).toEqual([{ offerId: 'b', comparedWithOfferId: 'a', year: 3 }]);
    expect(outputValue(result, 'breakEvenYear:b:a')).toBe(3);
  });

  it('at r = 10 % discounting pushes it to year 4', () => {
    // needs 200 × AF(10 %, t) ≥ 550, i.e. AF ≥ 2.75:
    // AF(10 %, 3) = (1 − 1.1^−3) / 0.1 = 2.486852 < 2.75; AF(10 %, 4) = 3.169865 ≥ 2.75
    expect(outputValue(calculateLcc(scenario(0.1)), 'breakEvenYear:b:a')).toBe(4);
  });

  it('counts an exact tie as breaking even', () => {
    // b bought at 1600: 600 − 200 t = 0 at t = 3 exactly (a: 1900, b: 1900)
    expect(outputValue(calculateLcc(scenario(0, 10, 1600)), 'breakEvenYear:b:a')).toBe(3);
  });

  it('is null when the period ends first', () => {
    // n = 2: year 2: a 1600, b 1750 → b is still dearer
    const result = calculateLcc(scenario(0, 2));
    expect(result.breakEvens).toEqual([{ offerId: 'b', comparedWithOfferId: 'a', year: null }]);
    expect(outputValue(result, 'breakEvenYear:b:a')).toBeNull();
  });

  it('is 0 when the first offer is not dearer to buy', () => {
    expect(outputValue(calculateLcc(scenario(0)), 'breakEvenYear:a:b')).toBe(0);
  });

  it('ranks the offers by total and gives the difference to the cheapest', () => {
    // r = 0, n = 10: a = 1000 + 3000 = 4000; b = 1550 + 1000 = 2550
    const result = calculateLcc(scenario(0));
    expect(result.ranking).toEqual(['b', 'a']);
    expect(result.offers.map((o) => [o.offerId, o.rank, o.differenceToCheapest])).toEqual([
      ['a', 2, 1450],
      ['b', 1, 0],
    ]);
  });
});
