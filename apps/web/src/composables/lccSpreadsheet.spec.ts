import { calculateLcc, costCategories, parseLccScenario } from '@academy/lcc';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { costItemSheet, type LccSheetLabels } from './lccExport';
import type { LccSharedState } from './lccShare';
import { readScenarioSheets, scenarioSheet } from './lccSpreadsheet';

/** Two offers using the newer inputs: a CO2 table, pollutants, revenue items, per-offer timing. */
const state: LccSharedState = {
  scenario: {
    currency: 'EUR',
    periodYears: 3,
    discountRate: 0.03,
    paymentTiming: 'middle',
    co2PricePerTonneByYear: [100, 110.5, 120],
    externalityPrices: { noxPerKg: 10, particulatesPerKg: 100 },
    offers: [
      {
        id: 'boiler',
        acquisition: { purchase: 1000 },
        emissions: { co2TonnesPerYear: 2, noxKgPerYear: 20, particulatesKgPerYear: 2 },
        revenues: { items: [{ year: 3, amount: 50, label: 'Scrap metal' }] },
        paymentTiming: 'start',
      },
      { id: 'heat-pump', acquisition: { purchase: 4000 }, energy: { unit: '1000' } },
    ],
  },
  names: { boiler: 'Gas boiler (Büro)', 'heat-pump': '2026' },
  exercise: 'heating',
};
const labels: LccSheetLabels = {
  offer: 'Offer',
  year: 'Year',
  category: 'Category',
  amount: 'Amount',
  presentValue: 'Present value',
  categories: Object.fromEntries(costCategories.map((c) => [c, c])) as LccSheetLabels['categories'],
};

async function roundTrip(s: LccSharedState) {
  const scenario = parseLccScenario(s.scenario);
  const buffer = await writeXlsxFile([
    { data: costItemSheet(scenario, s.names, labels), sheet: 'Cost items' },
    { data: scenarioSheet(s, { field: 'Field', value: 'Value' }), sheet: 'Scenario' },
  ]).toBuffer();
  return readScenarioSheets(await readXlsxFile(buffer));
}

describe('scenario spreadsheet (.xlsx) import', () => {
  it('round-trips a boiler and heat pump scenario through .xlsx with the same totals', async () => {
    const back = await roundTrip(state);
    expect(back).toEqual(state);
    const totals = (s: LccSharedState) =>
      calculateLcc(parseLccScenario(s.scenario), { sensitivity: false }).offers.map((o) => o.total);
    expect(totals(back!)).toEqual(totals(state));
  });

  it('refuses a workbook without a scenario sheet and a sheet with a prototype path', async () => {
    const costsOnly = await writeXlsxFile(
      costItemSheet(parseLccScenario(state.scenario), state.names, labels),
    ).toBuffer();
    expect(readScenarioSheets(await readXlsxFile(costsOnly))).toBeNull();
    const sheet = scenarioSheet(state, { field: 'Field', value: 'Value' });
    sheet.push([{ value: 'scenario.__proto__.polluted' }, { value: 'yes' }]);
    const data = sheet.map((row) => row.map((c) => (c && 'value' in c ? c.value : null)));
    expect(readScenarioSheets([{ sheet: 'Scenario', data }])).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
