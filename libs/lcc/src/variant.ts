import { drawNumber, type NumberRange, type Rng } from './draw.js';
import { calculateLcc } from './engine.js';
import { outputValue } from './output.js';
import type { LccScenario } from './schema.js';
import { parseLccScenario } from './validate.js';

/** One input a numeric quiz question varies per attempt, e.g. the discount rate. */
export interface Variation extends NumberRange {
  /** Placeholder name in the question text: `{rate}`. */
  name: string;
  /** Dotted path into the scenario: `discountRate`, `offers.1.energy.pricePerUnit`. */
  path: string;
}

/** The engine's answer for a scenario, without sensitivity or trace (fast enough per attempt). */
export function lccAnswer(scenario: LccScenario, output: string): number | null {
  return outputValue(calculateLcc(scenario, { sensitivity: false, trace: false }), output);
}

function setPath(target: Record<string, unknown>, path: string, value: number): void {
  const parts = path.split('.');
  let node: unknown = target;
  for (const part of parts.slice(0, -1)) node = (node as Record<string, unknown>)[part];
  (node as Record<string, unknown>)[parts[parts.length - 1]!] = value;
}

/** The number at a dotted path, or undefined: for validating variations against a scenario. */
export function numberAtPath(scenario: unknown, path: string): number | undefined {
  let node: unknown = scenario;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' ? node : undefined;
}

/**
 * Draws the varied inputs for one attempt and computes the answer key with the engine, so every
 * learner gets their own numbers and the server always knows the right answer.
 */
export function drawVariant(
  scenario: LccScenario,
  output: string,
  variations: readonly Variation[],
  rng: Rng,
): { values: Record<string, number>; answer: number } {
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  const values: Record<string, number> = {};
  for (const v of variations) {
    const value = drawNumber(v, rng);
    values[v.name] = value;
    setPath(copy, v.path, value);
  }
  const answer = lccAnswer(parseLccScenario(copy), output);
  if (answer === null) throw new Error(`output ${output} has no value for this scenario`);
  return { values, answer };
}
