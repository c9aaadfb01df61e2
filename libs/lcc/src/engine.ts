import { annuityFactor } from './discounting.js';
import { computeOffer } from './offer-costs.js';
import { breakEvens, rankNumbers, rankOffers } from './ranking.js';
import type { LccScenario } from './schema.js';
import { fullSensitivity } from './sensitivity.js';
import { buildTrace } from './trace.js';
import { lccWarnings } from './warnings.js';
import {
  costCategories,
  type CostCategory,
  type LccOptions,
  type LccResult,
  type OfferLcc,
} from './types.js';

/**
 * Life-cycle cost of every offer in a validated scenario (see `validateLccScenario`), following
 * Art. 68 Directive 2014/24/EU. Conventions are documented in offer-costs.ts and README.md.
 */
export function calculateLcc(scenario: LccScenario, options: LccOptions = {}): LccResult {
  const computed = scenario.offers.map((offer) => computeOffer(scenario, offer));
  const totals = scenario.offers.map((o, i) => ({ offerId: o.id, total: computed[i]?.total ?? 0 }));
  const ranking = rankOffers(totals);
  const ranks = rankNumbers(totals);
  const cheapest = Math.min(...totals.map((t) => t.total));
  const annuity = annuityFactor(scenario.discountRate, scenario.periodYears);

  const offers: OfferLcc[] = scenario.offers.map((offer, i) => {
    const c = computed[i] ?? computeOffer(scenario, offer);
    return {
      offerId: offer.id,
      categories: c.categories,
      total: c.total,
      equivalentAnnualCost: c.total / annuity,
      rank: ranks.get(offer.id) ?? 0,
      differenceToCheapest: c.total - cheapest,
      dominantCategory: costCategories.reduce<CostCategory>(
        (best, cat) => (c.categories[cat] > c.categories[best] ? cat : best),
        'acquisition',
      ),
      cashFlows: c.cashFlows,
      cleanVehicles: c.cleanVehicles,
    };
  });

  return {
    currency: scenario.currency,
    periodYears: scenario.periodYears,
    discountRate: scenario.discountRate,
    annuityFactor: annuity,
    offers,
    ranking,
    breakEvens: breakEvens(offers),
    sensitivity: options.sensitivity === false ? null : fullSensitivity(scenario, options),
    trace: options.trace === false ? [] : buildTrace(scenario, computed, annuity),
    warnings: lccWarnings(scenario),
  };
}
