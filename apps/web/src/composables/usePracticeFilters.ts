import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';

export interface PracticeFilters {
  search: string;
  productGroup: string;
  country: string;
  strategy: string;
  year: string;
  page: number;
}

export const emptyPracticeFilters = (): PracticeFilters => ({
  search: '',
  productGroup: '',
  country: '',
  strategy: '',
  year: '',
  page: 1,
});

const first = (v: LocationQuery[string] | undefined): string =>
  (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')) || '';

/** Reads filters from a URL query; unknown or malformed values fall back to "no filter". */
export function filtersFromQuery(query: LocationQuery): PracticeFilters {
  const page = Number.parseInt(first(query.page), 10);
  const year = first(query.year);
  return {
    search: first(query.q).trim(),
    productGroup: first(query.group),
    country: first(query.country),
    strategy: first(query.strategy),
    year: /^\d{4}$/.test(year) ? year : '',
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** Writes only the filters that are set, so a shared URL stays short and readable. */
export function filtersToQuery(f: PracticeFilters): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  if (f.search.trim()) q.q = f.search.trim();
  if (f.productGroup) q.group = f.productGroup;
  if (f.country) q.country = f.country;
  if (f.strategy) q.strategy = f.strategy;
  if (f.year) q.year = f.year;
  if (f.page > 1) q.page = String(f.page);
  return q;
}

/** Filters live in the URL: sharing the link shares the filtered list, and Back undoes a change. */
export function usePracticeFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => filtersFromQuery(route.query));

  /** Changing any filter returns to page 1; changing only the page keeps the filters. */
  function update(change: Partial<PracticeFilters>) {
    const next = { ...filters.value, ...change };
    if (!('page' in change)) next.page = 1;
    return router.push({ query: filtersToQuery(next) });
  }

  return { filters, update, reset: () => router.push({ query: {} }) };
}
