// The calculator's work for the largest scenario the engine accepts (6 offers × 100 years),
// shared by the Node run and the browser run of the LCC benchmark so both time the same code.
import {
  calculateLcc,
  monteCarlo,
  validateLccScenario,
  type LccScenario,
  type LccScenarioInput,
} from '@academy/lcc';

/** Six offers that differ in every stream, so rankings switch and bisection runs. */
export function benchScenario(): LccScenarioInput {
  return {
    currency: 'EUR',
    periodYears: 100,
    discountRate: 0.03,
    co2PricePerTonne: 100,
    co2PriceEscalation: 0.02,
    externalityPrices: { noxPerKg: 10, particulatesPerKg: 100 },
    offers: Array.from({ length: 6 }, (_, i) => ({
      id: `offer-${i + 1}`,
      acquisition: { purchase: 100_000 + i * 40_000, installation: 5_000 },
      energy: {
        consumptionPerYear: 60_000 - i * 8_000,
        pricePerUnit: 0.2,
        escalation: 0.01,
        co2KgPerUnit: 0.3,
      },
      yearly: {
        maintenance: 3_000 + i * 500,
        maintenanceEscalation: 0.01,
        consumables: 500,
        other: 200 * i,
      },
      oneOff: [{ year: 50, amount: 20_000 + i * 1_000, category: 'replacement' }],
      endOfLife: { disposal: 2_000, residualValue: 1_000 * i },
      emissions: { noxKgPerYear: 20 - i * 3, particulatesKgPerYear: 2 },
      revenues: { perYear: 100 * i },
      serviceLifeYears: 25 + i * 5,
    })),
  };
}

/** Monte Carlo ranges: energy, CO2, maintenance and residual value changes. */
export const benchRanges = {
  energyPriceChange: { min: -0.3, max: 0.5 },
  co2PriceChange: { min: -0.5, max: 1 },
  maintenanceChange: { min: -0.2, max: 0.4 },
  residualValueChange: { min: -0.5, max: 0.2 },
};

export interface Timing {
  name: string;
  median: number;
  p95: number;
  runs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function time(name: string, runs: number, run: () => unknown): Timing {
  run();
  run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { name, median: percentile(ms, 50), p95: percentile(ms, 95), runs };
}

/** Every timing of the benchmark; Monte Carlo runs `runs / 6` times (at least 3). */
export function measure(runs: number): { timings: Timing[]; switches: number } {
  const input = benchScenario();
  const checked = validateLccScenario(input);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const scenario: LccScenario = checked.scenario;
  const s = calculateLcc(scenario).sensitivity;
  const switches = s
    ? Object.values(s).flatMap((a) => ('switches' in a ? a.switches : [])).length
    : 0;
  const few = Math.max(3, Math.round(runs / 6));
  const mc = () => monteCarlo(scenario, benchRanges, { draws: 10_000, seed: 1 });
  const mcRate = () =>
    monteCarlo(
      scenario,
      { ...benchRanges, discountRate: { min: 0.01, max: 0.05 } },
      { draws: 10_000, seed: 1 },
    );
  const timings = [
    time('validate (incl. finiteness checks)', runs, () => validateLccScenario(input)),
    time('calculate, full sensitivity + tornado + trace', runs, () => calculateLcc(scenario)),
    time('calculate, totals only', runs, () =>
      calculateLcc(scenario, { sensitivity: false, trace: false }),
    ),
    time('Monte Carlo 10,000 draws (4 price ranges)', few, mc),
    time('Monte Carlo 10,000 draws (+ discount rate range)', few, mcRate),
    time('calculator total: full sensitivity + Monte Carlo 10,000', few, () => {
      calculateLcc(scenario);
      mc();
    }),
  ];
  return { timings, switches };
}
