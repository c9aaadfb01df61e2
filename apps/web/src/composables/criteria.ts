import type { CriteriaSetsQuery } from '../graphql/generated';

export type Criterion = CriteriaSetsQuery['criteriaSets'][number]['criteria'][number];

/** Order of the procurement steps a buyer writes criteria for. */
export const criterionTypes = ['selection', 'specification', 'award', 'contract-clause'] as const;
export const criterionLevels = ['basic', 'ambitious'] as const;

export interface CriteriaFilter {
  level: string;
  type: string;
  /** Words to find in the criterion or its verification, in any case; empty finds all. */
  search?: string;
}

/** Lower case and without accents, so "reparatie" finds "Reparatie" and "reutilise" "réutilisé". */
export function foldForSearch(text: string, locale = 'en'): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

export function filterCriteria(
  criteria: Criterion[],
  filter: CriteriaFilter,
  locale = 'en',
): Criterion[] {
  const words = foldForSearch(filter.search ?? '', locale)
    .split(/\s+/)
    .filter(Boolean);
  return criteria.filter((c) => {
    if (filter.level && c.level !== filter.level) return false;
    if (filter.type && c.type !== filter.type) return false;
    if (!words.length) return true;
    const haystack = foldForSearch(`${c.text} ${c.verification ?? ''}`, locale);
    return words.every((w) => haystack.includes(w));
  });
}

/** The text a buyer pastes into tender documents: the criterion, then how it is verified. */
export function criterionClipboardText(c: Criterion, verificationLabel: string): string {
  return c.verification ? `${c.text}\n${verificationLabel}: ${c.verification}` : c.text;
}

/** Groups criteria by type in procurement order; unknown types follow in order of appearance. */
export function groupByType(criteria: Criterion[]): { type: string; criteria: Criterion[] }[] {
  const order: string[] = [...criterionTypes];
  for (const c of criteria) if (!order.includes(c.type)) order.push(c.type);
  return order
    .map((type) => ({ type, criteria: criteria.filter((c) => c.type === type) }))
    .filter((g) => g.criteria.length > 0);
}
