import type { LccScenario, LccScenarioInput } from './schema.js';
import { parseLccScenario } from './validate.js';

/** A random source returning numbers in [0, 1), like Math.random. */
export type Rng = () => number;

/** Seeded generator (mulberry32): the same seed gives the same draws, so an attempt can be replayed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A template number: one of min, min + step, …, up to max. */
export interface NumberRange {
  min: number;
  max: number;
  step: number;
}

/** A scenario in which any number may be a range drawn per attempt. */
export type Drawable<T> = T extends number
  ? number | NumberRange
  : T extends readonly (infer U)[]
    ? Drawable<U>[]
    : T extends object
      ? { [K in keyof T]: Drawable<T[K]> }
      : T;
export type LccScenarioTemplate = Drawable<LccScenarioInput>;

export function isNumberRange(value: unknown): value is NumberRange {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort().join(',');
  const v = value as Record<string, unknown>;
  return (
    keys === 'max,min,step' &&
    typeof v.min === 'number' &&
    typeof v.max === 'number' &&
    typeof v.step === 'number'
  );
}

/** Decimal places needed to write x exactly (up to 12), so 0.1 + 0.2 draws print as 0.3. */
function decimals(x: number): number {
  for (let d = 0; d < 12; d++) {
    const scaled = x * 10 ** d;
    if (Math.abs(Math.round(scaled) - scaled) < 1e-9) return d;
  }
  return 12;
}

export function drawNumber(range: NumberRange, rng: Rng): number {
  const { min, max, step } = range;
  if (!(step > 0) || max < min) {
    throw new Error(`Invalid range {min: ${min}, max: ${max}, step: ${step}}`);
  }
  const count = Math.floor((max - min) / step + 1e-9) + 1;
  const index = Math.min(count - 1, Math.floor(rng() * count));
  return Number((min + index * step).toFixed(Math.max(decimals(min), decimals(step))));
}

function drawValue(value: unknown, rng: Rng): unknown {
  if (isNumberRange(value)) return drawNumber(value, rng);
  if (Array.isArray(value)) return value.map((v) => drawValue(v, rng));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, drawValue(v, rng)]));
  }
  return value;
}

/**
 * Replaces every `{ min, max, step }` in a template by a drawn value and validates the result
 * (throws if the drawn scenario is invalid). Tip for validators: rng `() => 0` draws every
 * minimum and `() => 0.999999` every maximum.
 */
export function drawScenario(template: unknown, rng: Rng): LccScenario {
  return parseLccScenario(drawValue(template, rng));
}
