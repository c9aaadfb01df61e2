import { monteCarlo, parseLccScenario } from '@academy/lcc';
import { blankMonteCarloForm, readMonteCarloForm } from './lccMonteCarlo';

describe('Monte Carlo form', () => {
  it('reads ranges typed in Dutch per cent as fractions, leaving empty ranges out', () => {
    const form = blankMonteCarloForm('nl');
    form.ranges.discountRate = { min: '1,5', max: '4' };
    expect(readMonteCarloForm(form, 'nl')).toEqual({
      ok: true,
      ranges: {
        energyPriceChange: { min: -0.2, max: 0.5 },
        co2PriceChange: { min: -0.5, max: 1 },
        maintenanceChange: { min: -0.2, max: 0.2 },
        discountRate: { min: 0.015, max: 0.04 },
      },
      draws: 10000,
      seed: 1,
    });
  });

  it('reports a reversed range, a word and too many draws by field', () => {
    const form = blankMonteCarloForm('en');
    form.ranges.energyPriceChange = { min: '50', max: '-20' };
    form.ranges.co2PriceChange.min = 'lots';
    form.draws = '1000001';
    const read = readMonteCarloForm(form, 'en');
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems).toEqual([
        { field: 'energyPriceChange.max', problem: 'minAboveMax' },
        { field: 'co2PriceChange.min', problem: 'notANumber' },
        { field: 'draws', problem: 'draws' },
      ]);
  });

  // Two offers whose totals differ only in energy: A = 1000 + 500 × AF, B = 2000 + 0 × AF.
  it('gives the same figures for the same seed and reads the form straight into the engine', () => {
    const scenario = parseLccScenario({
      currency: 'EUR',
      periodYears: 3,
      discountRate: 0.03,
      offers: [
        {
          id: 'a',
          acquisition: { purchase: 1000 },
          energy: { consumptionPerYear: 1000, pricePerUnit: 0.5 },
        },
        { id: 'b', acquisition: { purchase: 2000 } },
      ],
    });
    const read = readMonteCarloForm(
      { ...blankMonteCarloForm('en'), draws: '500', seed: '7' },
      'en',
    );
    if (!read.ok) throw new Error('unreadable');
    const run = () => monteCarlo(scenario, read.ranges, { draws: read.draws, seed: read.seed });
    expect(run()).toEqual(run());
    // A = 1000 + 500 × 2.828611 × (1 + c) = 1000 + 1414.31 × (1 + c) is below B's 2000 only
    // when c < −0.293; the energy range −20 … +50 % never reaches that, so B is always cheapest.
    expect(run().offers.map((o) => o.probabilityCheapest)).toEqual([0, 1]);
  });
});
