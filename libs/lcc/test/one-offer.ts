import { calculateLcc, parseLccScenario } from '../src/index.js';

/** One offer "a", three years at a 3 % real discount rate, no sensitivity: the hand-checked scenarios. */
export function runOneOffer(
  offer: Record<string, unknown>,
  settings: Record<string, unknown> = {},
) {
  const scenario = parseLccScenario({
    currency: 'EUR',
    periodYears: 3,
    discountRate: 0.03,
    ...settings,
    offers: [{ id: 'a', ...offer }],
  });
  return calculateLcc(scenario, { sensitivity: false });
}
