// @vitest-environment jsdom
import { calculateLcc, parseLccScenario } from '@academy/lcc';
import { mount } from '@vue/test-utils';
import { i18n, useFeatureMessages } from '../i18n';
import LccTornado from './LccTornado.vue';

// a: 1000 + 100 a year, b: 500 + 200 a year, 4 years at 0 %: b is cheapest (1300).
const result = calculateLcc(
  parseLccScenario({
    currency: 'EUR',
    periodYears: 4,
    discountRate: 0,
    offers: [
      { id: 'a', acquisition: { purchase: 1000 }, yearly: { maintenance: 100 } },
      { id: 'b', acquisition: { purchase: 500 }, yearly: { maintenance: 200 } },
    ],
  }),
);

describe('LccTornado', () => {
  beforeAll(() => useFeatureMessages(['lcc']));
  it('charts the cheapest offer with a labelled offer picker and a table alternative, widest swing first', () => {
    const w = mount(LccTornado, {
      props: { result, names: { a: 'Offer A', b: 'Offer B' } },
      global: { plugins: [i18n] },
    });
    expect(w.find('label').text()).toBe('Offer shown');
    expect((w.find('select').element as HTMLSelectElement).value).toBe('b');
    expect(w.find('svg[role="img"] title').text()).toBe(
      'How far the life-cycle cost of Offer B moves at the ends of each range',
    );
    const rows = w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()));
    // Period 1..9 years: 700..2300; maintenance −50..+100 %: 900..2100 (hand-checked in lcc-sensitivity-tornado.spec.ts).
    expect(rows[0]).toEqual(['Analysis period', '1 year', '€700', '9 years', '€2,300', '€1,600']);
    expect(rows[1]).toEqual(['Maintenance', '-50%', '€900', '+100%', '€2,100', '€1,200']);
  });
});
