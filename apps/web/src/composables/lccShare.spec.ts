import { decodeLccState, encodeLccState, lccSharePath } from './lccShare';

const state = {
  scenario: {
    currency: 'EUR',
    periodYears: 10,
    discountRate: 0.03,
    offers: [{ id: 'a', acquisition: { purchase: 1000 } }],
  },
  names: { a: 'Büromöbel – aufbereitet' },
  exercise: 'office-furniture-refurbish-vs-new',
};

describe('scenario links', () => {
  it('round-trips a scenario with non-ASCII names', () => {
    expect(decodeLccState(encodeLccState(state))).toEqual(state);
  });

  it('uses only URL-safe characters', () => {
    const encoded = encodeLccState(state);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(lccSharePath(state)).toBe(`/lcc?s=${encoded}`);
  });

  it('rejects text that is not a shared scenario', () => {
    expect(decodeLccState('not base64!')).toBeNull();
    expect(decodeLccState(btoa('[1,2]'))).toBeNull();
    expect(decodeLccState(btoa('{"names":{}}'))).toBeNull();
  });

  it('keeps only string names', () => {
    const encoded = btoa(
      JSON.stringify({ scenario: { offers: [] }, names: { a: 'A', b: 3 } }),
    ).replace(/=+$/, '');
    expect(decodeLccState(encoded)?.names).toEqual({ a: 'A' });
  });
});
