import type { CategoryValues, CostCategory } from '@academy/lcc';

/** A linear map from a data domain to pixels; a zero-width domain maps to the range start. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return (v) => (span === 0 ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** About `count` round tick values (1, 2, 2.5 or 5 × 10^k steps) covering [min, max], always including 0. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (hi === lo) return [0];
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (
    let v = Math.floor(lo / step) * step;
    v <= Math.ceil(hi / step) * step + step / 2;
    v += step
  ) {
    ticks.push(Math.round(v / step) * step);
  }
  return ticks;
}

export interface BarSegment {
  category: CostCategory;
  start: number;
  end: number;
}

/**
 * Stacks the categories of one offer: positive values to the right of 0 one after another,
 * negative ones (a residual value larger than the disposal cost) to the left.
 */
export function stackSegments(
  values: CategoryValues,
  order: readonly CostCategory[],
): BarSegment[] {
  let pos = 0;
  let neg = 0;
  const segments: BarSegment[] = [];
  for (const category of order) {
    const v = values[category];
    if (v > 0) {
      segments.push({ category, start: pos, end: pos + v });
      pos += v;
    } else if (v < 0) {
      segments.push({ category, start: neg + v, end: neg });
      neg += v;
    }
  }
  return segments;
}

/** Vertical positions for end-of-line labels: in data order, at least `gap` pixels apart. */
export function spreadLabels(ys: number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = new Array<number>(ys.length);
  let last = -Infinity;
  for (const { y, i } of order) {
    last = Math.max(y, last + gap);
    out[i] = last;
  }
  return out;
}

/** SVG polyline points for (x, y) pairs, rounded to 0.1 px. */
export const polylinePoints = (points: [number, number][]): string =>
  points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
