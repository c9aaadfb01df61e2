import { MAX_DRAWS, type MonteCarloRanges } from '@academy/lcc';
import { formatInputNumber, parseLocaleNumber } from './lccNumbers';

/** The uncertain inputs the calculator can draw, in the order shown. */
export const monteCarloParameters = [
  'energyPriceChange',
  'co2PriceChange',
  'maintenanceChange',
  'residualValueChange',
  'discountRate',
] as const;
export type MonteCarloParameter = (typeof monteCarloParameters)[number];

/** The Monte Carlo form as typed: ranges in per cent (empty = not drawn), draws and seed. */
export interface LccMonteCarloForm {
  ranges: Record<MonteCarloParameter, { min: string; max: string }>;
  draws: string;
  seed: string;
}

/** Field names for problems: `<parameter>.min`, `<parameter>.max`, `draws`, `seed`. */
export type MonteCarloProblem = { field: string; problem: 'notANumber' | 'minAboveMax' | 'draws' };

/** Starting ranges a buyer can adjust: energy −20…+50 %, CO2 −50…+100 %, maintenance ±20 %. */
export function blankMonteCarloForm(locale: string): LccMonteCarloForm {
  const n = (x: number) => formatInputNumber(x, locale);
  return {
    ranges: {
      energyPriceChange: { min: n(-20), max: n(50) },
      co2PriceChange: { min: n(-50), max: n(100) },
      maintenanceChange: { min: n(-20), max: n(20) },
      residualValueChange: { min: '', max: '' },
      discountRate: { min: '', max: '' },
    },
    draws: n(10000),
    seed: '1',
  };
}

/** Ranges as fractions, the number of draws and the seed; or the problems found. */
export function readMonteCarloForm(
  form: LccMonteCarloForm,
  locale: string,
):
  | { ok: true; ranges: MonteCarloRanges; draws: number; seed: number }
  | { ok: false; problems: MonteCarloProblem[] } {
  const problems: MonteCarloProblem[] = [];
  const ranges: MonteCarloRanges = {};
  for (const p of monteCarloParameters) {
    const { min, max } = form.ranges[p];
    if (min.trim() === '' && max.trim() === '') continue;
    const lo = parseLocaleNumber(min, locale);
    const hi = parseLocaleNumber(max, locale);
    if (lo === null) problems.push({ field: `${p}.min`, problem: 'notANumber' });
    if (hi === null) problems.push({ field: `${p}.max`, problem: 'notANumber' });
    if (lo === null || hi === null) continue;
    if (lo > hi) problems.push({ field: `${p}.max`, problem: 'minAboveMax' });
    else ranges[p] = { min: lo / 100, max: hi / 100 };
  }
  const draws = parseLocaleNumber(form.draws, locale);
  if (draws === null || !Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS)
    problems.push({ field: 'draws', problem: 'draws' });
  const seed = parseLocaleNumber(form.seed, locale);
  if (seed === null || !Number.isInteger(seed))
    problems.push({ field: 'seed', problem: 'notANumber' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, ranges, draws: draws ?? 0, seed: seed ?? 1 };
}
