import { linearScale, niceTicks, polylinePoints, spreadLabels, stackSegments } from './lccChart';

describe('chart scales', () => {
  it('maps a domain linearly onto pixels, also reversed (SVG y grows downwards)', () => {
    const x = linearScale(0, 100, 10, 210);
    expect(x(0)).toBe(10);
    expect(x(50)).toBe(110);
    const y = linearScale(0, 100, 300, 0);
    expect(y(25)).toBe(225);
    expect(linearScale(5, 5, 1, 9)(5)).toBe(1);
  });

  it('picks round ticks that cover the data and include zero', () => {
    expect(niceTicks(0, 595026, 4)).toEqual([0, 200000, 400000, 600000]);
    expect(niceTicks(0, 20, 10)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    const withNegative = niceTicks(-8000, 205000, 4);
    expect(withNegative[0]).toBeLessThanOrEqual(-8000);
    expect(withNegative).toContain(0);
    expect(withNegative[withNegative.length - 1]).toBeGreaterThanOrEqual(205000);
    expect(niceTicks(0, 0)).toEqual([0]);
  });

  it('stacks positive categories to the right and negative ones to the left of zero', () => {
    const values = {
      acquisition: 100,
      energy: 50,
      maintenance: 0,
      consumables: 0,
      other: 0,
      oneOff: 0,
      endOfLife: -20,
      externalities: 10,
      revenues: 0,
    };
    expect(
      stackSegments(values, [
        'acquisition',
        'energy',
        'maintenance',
        'consumables',
        'other',
        'oneOff',
        'endOfLife',
        'externalities',
      ]),
    ).toEqual([
      { category: 'acquisition', start: 0, end: 100 },
      { category: 'energy', start: 100, end: 150 },
      { category: 'endOfLife', start: -20, end: 0 },
      { category: 'externalities', start: 150, end: 160 },
    ]);
  });

  it('spreads end labels apart without changing their order', () => {
    expect(spreadLabels([100, 105, 50], 16)).toEqual([100, 116, 50]);
  });

  it('writes polyline points', () => {
    expect(
      polylinePoints([
        [0, 1],
        [2.25, 3],
      ]),
    ).toBe('0.0,1.0 2.3,3.0');
  });
});
