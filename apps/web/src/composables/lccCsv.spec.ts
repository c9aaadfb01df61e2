import { calculateLcc, costCategories, parseLccScenario } from '@academy/lcc';
import { buildLccCsv, csvFilename, type LccCsvLabels } from './lccCsv';

const labels: LccCsvLabels = {
  offer: 'Offer',
  offerId: 'Offer id',
  category: 'Category',
  presentValue: 'Present value',
  total: 'Total',
  rank: 'Rank',
  differenceToCheapest: 'Difference',
  cashFlows: 'Cash flows',
  year: 'Year',
  amount: 'Amount',
  cumulative: 'Cumulative',
  categories: Object.fromEntries(costCategories.map((c) => [c, c])) as LccCsvLabels['categories'],
  assumptions: 'Assumptions',
  periodYears: 'Analysis period (years)',
  discountRate: 'Real discount rate (%)',
  co2Price: 'CO₂ shadow price (EUR per tonne CO₂)',
  currency: 'Currency',
};
const result = calculateLcc(
  parseLccScenario({
    currency: 'EUR',
    periodYears: 2,
    discountRate: 0,
    co2PricePerTonne: 0,
    offers: [
      { id: 'buy', acquisition: { purchase: 1000.5 }, yearly: { maintenance: 10 } },
      { id: 'lease', yearly: { other: 600 } },
    ],
  }),
  { sensitivity: false, trace: false },
);

describe('CSV export', () => {
  it('separates with semicolons where the decimal mark is a comma, quotes and defuses text', () => {
    const names = { buy: '=HYPERLINK("x")', lease: 'Say "lease"' };
    const de = buildLccCsv(result, names, 'de', labels, { co2PricePerTonne: 12.345 }).split('\r\n');
    expect(de).toContain('CO₂ shadow price (EUR per tonne CO₂);12,35');
    expect(de).toContain(`"'=HYPERLINK(""x"")";buy;acquisition;1000,50`);
    expect(de).toContain('"Say ""lease""";lease;Total;1200,00');
    const en = buildLccCsv(result, names, 'en', labels, { co2PricePerTonne: 0 }).split('\r\n');
    expect(en).toContain('"Say ""lease""",lease,Total,1200.00');
  });

  it('lists categories, totals and yearly cash flows per offer, named', () => {
    const csv = buildLccCsv(result, { buy: 'Buy, outright', lease: 'Lease' }, 'nl', labels, {
      co2PricePerTonne: 0,
    });
    const lines = csv.split('\r\n');
    expect(lines).toContain('Offer;Offer id;Category;Present value');
    expect(lines).toContain('"Buy, outright";buy;acquisition;1000,50');
    expect(lines).toContain('"Buy, outright";buy;Total;1020,50');
    expect(lines).toContain('"Buy, outright";buy;1020,50;1;0,00');
    expect(lines).toContain('Lease;lease;1200,00;2;179,50');
    expect(lines).toContain('Lease;lease;2;600,00;600,00;1200,00');
    const en = buildLccCsv(result, { buy: 'Buy, outright', lease: 'Lease' }, 'en', labels, {
      co2PricePerTonne: 0,
    });
    expect(en).toContain('"Buy, outright",buy,acquisition,1000.50');
  });

  it("starts with the assumptions, numbers in the reader's format", () => {
    const scenario = parseLccScenario({
      currency: 'SEK',
      periodYears: 15,
      discountRate: 0.0325,
      co2PricePerTonne: 1234.5,
      offers: [
        { id: 'a', acquisition: { purchase: 100 } },
        { id: 'b', acquisition: { purchase: 200 } },
      ],
    });
    const priced = calculateLcc(scenario, { sensitivity: false, trace: false });
    const de = buildLccCsv(priced, {}, 'de', labels, scenario).split('\r\n');
    expect(de.slice(0, 6)).toEqual([
      'Assumptions',
      'Analysis period (years);15',
      'Real discount rate (%);3,25',
      'CO₂ shadow price (EUR per tonne CO₂);1234,50',
      'Currency;SEK',
      '',
    ]);
    const en = buildLccCsv(priced, {}, 'en', labels, scenario).split('\r\n');
    expect(en.slice(1, 5)).toEqual([
      'Analysis period (years),15',
      'Real discount rate (%),3.25',
      'CO₂ shadow price (EUR per tonne CO₂),1234.50',
      'Currency,SEK',
    ]);
  });

  it('names the file after the date', () => {
    expect(csvFilename(new Date(2026, 10, 9))).toBe('lcc-2026-11-09.csv');
  });
});
