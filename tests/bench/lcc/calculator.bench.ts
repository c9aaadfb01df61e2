// Benchmark (issue 20): the LCC calculator's work on the server (Node) for the largest scenario
// the engine accepts, 6 offers × 100 years, with every sensitivity analysis, the tornado and the
// trace, and Monte Carlo with 10,000 draws. It prints the median and p95 of BENCH_RUNS runs
// (default 30; Monte Carlo BENCH_RUNS / 6, at least 3) after a warm-up.
// The browser runs the same engine code; this script measures Node only.
// Run: npm run bench:lcc
import { calculateLcc, monteCarlo, validateLccScenario, type LccScenarioInput } from '@academy/lcc';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

/** Six offers that differ in every stream, so rankings switch and bisection runs. */
function scenario(): LccScenarioInput {
  return {
    currency: 'EUR',
    periodYears: 100,
    discountRate: 0.03,
    co2PricePerTonne: 100,
    co2PriceEscalation: 0.02,
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
      revenues: { perYear: 100 * i },
      serviceLifeYears: 25 + i * 5,
    })),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function time(run: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 3; i++) run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { median: percentile(ms, 50), p95: percentile(ms, 95) };
}

const input = scenario();
const checked = validateLccScenario(input);
if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
const result = calculateLcc(checked.scenario);
const s = result.sensitivity;
const switches = s
  ? Object.values(s).flatMap((a) => ('switches' in a ? a.switches : [])).length
  : 0;

const validate = time(() => validateLccScenario(input));
const full = time(() => calculateLcc(checked.scenario));
const plain = time(() => calculateLcc(checked.scenario, { sensitivity: false, trace: false }));

const row = (name: string, t: { median: number; p95: number }) =>
  `${name.padEnd(48)} median ${t.median.toFixed(2).padStart(8)} ms   p95 ${t.p95.toFixed(2).padStart(8)} ms`;
console.log(
  `LCC calculator, Node ${process.version}, 6 offers × 100 years, ${RUNS} runs (ranking switches found: ${switches})`,
);
console.log(row('validate (incl. finiteness checks)', validate));
console.log(row('calculate, full sensitivity + tornado + trace', full));
console.log(row('calculate, totals only', plain));
// Monte Carlo: 10,000 draws of energy, CO2, maintenance and residual value changes, with and
// without a drawn discount rate (which needs every offer discounted again per draw).
const ranges = {
  energyPriceChange: { min: -0.3, max: 0.5 },
  co2PriceChange: { min: -0.5, max: 1 },
  maintenanceChange: { min: -0.2, max: 0.4 },
  residualValueChange: { min: -0.5, max: 0.2 },
};
const mcRuns = Math.max(3, Math.round(RUNS / 6));
const timeFew = (run: () => unknown) => {
  run();
  const ms: number[] = [];
  for (let i = 0; i < mcRuns; i++) {
    const start = performance.now();
    run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { median: percentile(ms, 50), p95: percentile(ms, 95) };
};
const mc = timeFew(() => monteCarlo(checked.scenario, ranges, { draws: 10_000, seed: 1 }));
const mcRate = timeFew(() =>
  monteCarlo(
    checked.scenario,
    { ...ranges, discountRate: { min: 0.01, max: 0.05 } },
    { draws: 10_000, seed: 1 },
  ),
);
console.log(row('Monte Carlo 10,000 draws (4 price ranges)', mc));
console.log(row('Monte Carlo 10,000 draws (+ discount rate range)', mcRate));
