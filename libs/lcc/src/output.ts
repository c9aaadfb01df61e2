import type { CleanVehicleCost } from './clean-vehicles.js';
import { breakEvenYear } from './ranking.js';
import { costCategories, type CostCategory, type LccResult, type OfferLcc } from './types.js';

/**
 * Output specs name one number in a result, so numeric quiz questions can recompute their answer
 * (`lcc: { exercise, output }` in quiz.yaml):
 *   total:<offer>                      life-cycle cost of the offer
 *   difference:<a>:<b>                 total of a − total of b
 *   differenceToCheapest:<offer>
 *   rank:<offer>                       1 = cheapest
 *   category:<offer>:<category>        e.g. category:b:energy
 *   breakEvenYear:<dearer>:<cheaper>   year, or null if never within the period
 *   cleanVehicles:<offer>:<part>       energy | co2 | nox | nmhc | particulates | total | lifetimeKm | energyMJPerKm
 *   annuityFactor
 */
export type OutputSpec =
  | { kind: 'total' | 'differenceToCheapest' | 'rank'; offerId: string }
  | { kind: 'difference' | 'breakEvenYear'; offerId: string; otherOfferId: string }
  | { kind: 'category'; offerId: string; category: CostCategory }
  | { kind: 'cleanVehicles'; offerId: string; part: CleanVehiclePart }
  | { kind: 'annuityFactor' };

const cleanVehicleParts = [
  'energy',
  'co2',
  'nox',
  'nmhc',
  'particulates',
  'total',
  'lifetimeKm',
  'energyMJPerKm',
] as const;
type CleanVehiclePart = (typeof cleanVehicleParts)[number];

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export function parseOutputSpec(
  spec: string,
): { ok: true; spec: OutputSpec } | { ok: false; message: string } {
  const parts = spec.trim().split(':');
  const [kind = '', a = '', b = ''] = parts;
  const fail = (message: string) => ({ ok: false as const, message: `${message} in "${spec}"` });
  const expect = (n: number) =>
    parts.length === n && parts.every((p) => p !== '')
      ? null
      : fail(`Expected ${n - 1} argument(s) after "${kind}"`);

  switch (kind) {
    case 'annuityFactor':
      return expect(1) ?? { ok: true, spec: { kind } };
    case 'total':
    case 'differenceToCheapest':
    case 'rank':
      return expect(2) ?? { ok: true, spec: { kind, offerId: a } };
    case 'difference':
    case 'breakEvenYear':
      return expect(3) ?? { ok: true, spec: { kind, offerId: a, otherOfferId: b } };
    case 'category':
      if (!isOneOf(costCategories, b))
        return fail(`Unknown category "${b}" (use ${costCategories.join(', ')})`);
      return expect(3) ?? { ok: true, spec: { kind, offerId: a, category: b } };
    case 'cleanVehicles':
      if (!isOneOf(cleanVehicleParts, b))
        return fail(`Unknown part "${b}" (use ${cleanVehicleParts.join(', ')})`);
      return expect(3) ?? { ok: true, spec: { kind, offerId: a, part: b } };
    default:
      return fail(`Unknown output "${kind}"`);
  }
}

function offerOf(result: LccResult, id: string): OfferLcc {
  const offer = result.offers.find((o) => o.offerId === id);
  if (!offer) throw new Error(`Unknown offer "${id}" in output spec`);
  return offer;
}

/** The number a spec names; null only for a break-even that never happens. Throws on a bad spec. */
export function outputValue(result: LccResult, spec: string): number | null {
  const parsed = parseOutputSpec(spec);
  if (!parsed.ok) throw new Error(parsed.message);
  const s = parsed.spec;
  if (s.kind === 'annuityFactor') return result.annuityFactor;
  const offer = offerOf(result, s.offerId);
  switch (s.kind) {
    case 'total':
      return offer.total;
    case 'differenceToCheapest':
      return offer.differenceToCheapest;
    case 'rank':
      return offer.rank;
    case 'category':
      return offer.categories[s.category];
    case 'difference':
      return offer.total - offerOf(result, s.otherOfferId).total;
    case 'breakEvenYear':
      return breakEvenYear(offer.cashFlows, offerOf(result, s.otherOfferId).cashFlows);
    case 'cleanVehicles': {
      const cvd: CleanVehicleCost | null = offer.cleanVehicles;
      if (!cvd) throw new Error(`Offer "${s.offerId}" has no vehicle data`);
      return cvd[s.part];
    }
  }
}
