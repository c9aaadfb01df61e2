/**
 * Argument checks for the exported helpers: a wrong argument throws a RangeError naming it,
 * instead of returning NaN or Infinity that would travel silently into a result.
 */

export function requireFinite(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
}

/** A yearly rate as a fraction: finite and above −1 (−100 %), so (1 + r) stays positive. */
export function requireRate(name: string, value: number): void {
  requireFinite(name, value);
  if (value <= -1) throw new RangeError(`${name} must be greater than -1, got ${value}`);
}

export function requireWholeYears(name: string, value: number): void {
  requireFinite(name, value);
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of years (0 or more), got ${value}`);
  }
}

/** Throws unless the computed value is finite (used on results: no silent Infinity or NaN). */
export function requireFiniteResult(name: string, value: number): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(
      `${name} is not a finite number: the inputs are outside what can be computed`,
    );
  }
  return value;
}
