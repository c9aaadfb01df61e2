// @vitest-environment jsdom
import { calculateLcc, parseLccScenario } from '@academy/lcc';
import { mount } from '@vue/test-utils';
import { i18n, setLocale, useFeatureMessages } from '../i18n';
import LccWarningList from './LccWarningList.vue';

const result = calculateLcc(
  parseLccScenario({
    currency: 'ABC',
    periodYears: 10,
    discountRate: 0.3,
    offers: [{ id: 'a', yearly: { maintenance: 100 } }],
  }),
  { sensitivity: false },
);
const mountList = () =>
  mount(LccWarningList, {
    props: { prefix: 'lcc', warnings: result.warnings, names: ['Offer A'] },
    global: { plugins: [i18n] },
  });

describe('LccWarningList', () => {
  beforeAll(() => useFeatureMessages(['lcc']));
  afterEach(() => setLocale('en'));

  it('shows each engine warning in English, linked to its field', () => {
    const items = mountList().findAll('li');
    expect(items.map((li) => li.text())).toEqual([
      'Real discount rate: 30% per year is unusually high for a real rate. Please check the figure.',
      'ABC is not an ISO 4217 currency code.',
    ]);
    expect(items[0]?.find('a').attributes('href')).toBe('#lcc-discountRate');
  });

  it('shows the same warnings in German, chosen by code rather than the English text', async () => {
    await setLocale('de');
    expect(
      mountList()
        .findAll('li')
        .map((li) => li.text()),
    ).toEqual([
      'Realer Diskontsatz: 30\u00a0% pro Jahr ist für einen realen Satz ungewöhnlich hoch. Bitte prüfen Sie die Zahl.',
      'ABC ist kein Währungscode nach ISO 4217.',
    ]);
  });

  it('renders nothing when there are no warnings', () => {
    const empty = mount(LccWarningList, {
      props: { prefix: 'lcc', warnings: [], names: [] },
      global: { plugins: [i18n] },
    });
    expect(empty.find('.notice').exists()).toBe(false);
  });
});
