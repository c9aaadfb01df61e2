import type { CriteriaSetsQuery } from '../graphql/generated';

export type Criterion = CriteriaSetsQuery['criteriaSets'][number]['criteria'][number];

/** Order of the procurement steps a buyer writes criteria for. */
export const criterionTypes = ['selection', 'specification', 'award', 'contract-clause'] as const;
export const criterionLevels = ['basic', 'ambitious'] as const;

export interface CriteriaFilter {
  level: string;
  type: string;
}

export function filterCriteria(criteria: Criterion[], filter: CriteriaFilter): Criterion[] {
  return criteria.filter(
    (c) => (!filter.level || c.level === filter.level) && (!filter.type || c.type === filter.type),
  );
}

/** Groups criteria by type in procurement order; unknown types follow in order of appearance. */
export function groupByType(criteria: Criterion[]): { type: string; criteria: Criterion[] }[] {
  const order: string[] = [...criterionTypes];
  for (const c of criteria) if (!order.includes(c.type)) order.push(c.type);
  return order
    .map((type) => ({ type, criteria: criteria.filter((c) => c.type === type) }))
    .filter((g) => g.criteria.length > 0);
}
