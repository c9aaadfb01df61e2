import { costCategories, parseLccScenario } from '@academy/lcc';
import { costItemSheet, readScenarioJson, scenarioJson, type LccSheetLabels } from './lccExport';

const state = {
  scenario: {
    currency: 'EUR',
    periodYears: 2,
    discountRate: 0.1,
    offers: [{ id: 'a', acquisition: { purchase: 1000 }, yearly: { maintenance: 100 } }],
  },
  names: { a: 'Büro A' },
};
const labels: LccSheetLabels = {
  offer: 'Offer',
  year: 'Year',
  category: 'Category',
  amount: 'Amount',
  presentValue: 'Present value',
  categories: Object.fromEntries(costCategories.map((c) => [c, c])) as LccSheetLabels['categories'],
};

describe('scenario files', () => {
  it('round-trips a scenario and its offer names through JSON', () => {
    expect(readScenarioJson(scenarioJson(state))).toEqual(state);
  });

  it('refuses JSON that is not a scenario file, and text that is not JSON', () => {
    expect(readScenarioJson(JSON.stringify(state))).toBeNull();
    expect(readScenarioJson('not json')).toBeNull();
  });

  // Hand-checked at 10 %: 1000 at year 0; 100 / 1.1 = 90.91; 100 / 1.21 = 82.64.
  it('lays out one spreadsheet row per cost item per year with numbers as numbers', () => {
    const sheet = costItemSheet(parseLccScenario(state.scenario), state.names, labels);
    expect(sheet[0]?.map((c) => (c as { value: unknown }).value)).toEqual([
      'Offer',
      'Year',
      'Category',
      'Amount',
      'Present value',
    ]);
    const values = sheet.slice(1).map((row) => row.map((c) => (c as { value: unknown }).value));
    expect(values.map((r) => r.slice(0, 4))).toEqual([
      ['Büro A', 0, 'acquisition', 1000],
      ['Büro A', 1, 'maintenance', 100],
      ['Büro A', 2, 'maintenance', 100],
    ]);
    expect(values[1]?.[4]).toBeCloseTo(90.909091, 6);
    expect(values[2]?.[4]).toBeCloseTo(82.644628, 6);
  });
});
