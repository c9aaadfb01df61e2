import type { z } from 'zod';
import {
  computeOffer,
  withCo2PriceChange,
  withEnergyPriceChange,
  withMaintenanceChange,
  withPeriod,
  withResidualValueChange,
} from './offer-costs.js';
import { lccScenarioSchema, MAX_PERIOD_YEARS, type LccScenario } from './schema.js';

/** One problem in an input, e.g. `{ path: 'offers.2.energy.pricePerUnit', message: '…' }`. */
export interface LccValidationError {
  /** Dot-separated path into the input; '' for the whole scenario. */
  path: string;
  /** Plain English; the API returns it with BAD_USER_INPUT. */
  message: string;
}

export type LccValidationResult =
  | { ok: true; scenario: LccScenario }
  | { ok: false; errors: LccValidationError[] };

/**
 * Parses and validates any input (YAML, GraphQL, form state). Cross-field checks (unique offer
 * ids, one-off years within the period, vehicle prices present) run once the fields are valid.
 */
export function validateLccScenario(input: unknown): LccValidationResult {
  const parsed = lccScenarioSchema.safeParse(input, { error: plainMessage });
  if (parsed.success) {
    const problem = notComputable(parsed.data);
    return problem ? { ok: false, errors: [problem] } : { ok: true, scenario: parsed.data };
  }
  return { ok: false, errors: parsed.error.issues.flatMap(toErrors) };
}

/**
 * Every result must be a finite number. A valid-looking scenario can still overflow, e.g. a
 * discount rate just above −100 % over many years. Checked at the stated figures and at the far
 * ends of the default sensitivity ranges, so `calculateLcc` never meets a number it cannot hold.
 */
function notComputable(scenario: LccScenario): LccValidationError | null {
  const finite = (s: LccScenario) =>
    s.offers.every((o) => {
      const c = computeOffer(s, o);
      return (
        Number.isFinite(c.total) &&
        c.cashFlows.every(
          (f) => Number.isFinite(f.amount) && Number.isFinite(f.cumulativePresentValue),
        )
      );
    });
  // The base and the far ends of the default sensitivity ranges (where totals are largest).
  const variants = () => [
    scenario,
    withEnergyPriceChange(scenario, 1),
    withCo2PriceChange(scenario, 1),
    withMaintenanceChange(scenario, 1),
    withResidualValueChange(scenario, 1),
    withPeriod(scenario, Math.min(MAX_PERIOD_YEARS, scenario.periodYears + 5)),
  ];
  try {
    if (variants().every(finite)) return null;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  return {
    path: 'discountRate',
    message:
      'These figures cannot be computed: the result would exceed the largest number. Check the discount rate and the yearly changes',
  };
}

/** Like `validateLccScenario` but throws; for trusted inputs such as released exercises. */
export function parseLccScenario(input: unknown): LccScenario {
  const result = validateLccScenario(input);
  if (result.ok) return result.scenario;
  const lines = result.errors.map((e) => `${e.path || '(scenario)'}: ${e.message}`);
  throw new Error(`Invalid LCC scenario: ${lines.join('; ')}`);
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function toErrors(issue: z.core.$ZodIssue): LccValidationError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: joinPath([...issue.path, key]),
      message: 'Unknown field',
    }));
  }
  return [{ path: joinPath(issue.path), message: issue.message }];
}

/** Messages for checks without their own message in the schema. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Required';
      if (issue.expected === 'number') return 'Enter a number';
      if (issue.expected === 'int') return 'Enter a whole number';
      if (issue.expected === 'string') return 'Enter text';
      if (issue.expected === 'array') return 'Enter a list';
      return `Expected ${issue.expected}`;
    case 'invalid_value':
      return `Must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `Must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`;
    case 'too_big':
      return `Must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    default:
      return undefined;
  }
}
