import { requireFinite, requireFiniteResult, requireRate, requireWholeYears } from './guards.js';

/**
 * Discounting helpers. All rates are fractions per year (0.03 = 3 %), `r` is the real discount
 * rate and `t` counts years from the start (acquisition at t = 0, yearly costs at the end of
 * years 1..n).
 */

/** 1 / (1 + r)^t: what one unit of money paid at the end of year t is worth today. */
export function discountFactor(r: number, t: number): number {
  requireRate('r', r);
  requireFinite('t', t);
  return requireFiniteResult('discountFactor', Math.pow(1 + r, -t));
}

/** Present value of `amount` paid at the end of year t. */
export function presentValue(amount: number, r: number, t: number): number {
  requireFinite('amount', amount);
  return requireFiniteResult('presentValue', amount * discountFactor(r, t));
}

/**
 * Annuity (present-worth) factor: the present value of 1 paid at the end of each of n years,
 * (1 − (1 + r)^−n) / r. At r = 0 this is simply n (the limit), so no division by zero.
 */
export function annuityFactor(r: number, n: number): number {
  requireRate('r', r);
  requireWholeYears('n', n);
  if (Math.abs(r) < 1e-12) return n;
  return requireFiniteResult('annuityFactor', (1 - Math.pow(1 + r, -n)) / r);
}

/**
 * Present value of a yearly cost that is `firstYear` in year 1 and grows by e per year:
 * Σ_{t=1..n} firstYear × (1 + e)^(t−1) / (1 + r)^t. Summed year by year (n ≤ 100), which is
 * exact for every r and e, including r = e and r = 0.
 */
export function escalatingPresentValue(firstYear: number, r: number, e: number, n: number): number {
  requireFinite('firstYear', firstYear);
  requireRate('r', r);
  requireRate('e', e);
  requireWholeYears('n', n);
  let sum = 0;
  for (let t = 1; t <= n; t++) sum += (firstYear * Math.pow(1 + e, t - 1)) / Math.pow(1 + r, t);
  return requireFiniteResult('escalatingPresentValue', sum);
}
