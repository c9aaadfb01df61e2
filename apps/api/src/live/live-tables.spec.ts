import { MAX_LIVE_TABLES, planTables } from './live-tables.js';

const people = (n: number, organisation: (i: number) => string | null = () => null) =>
  Array.from({ length: n }, (_, i) => ({ userId: `u${i}`, organisation: organisation(i) }));

describe('planTables', () => {
  it('deals shuffled people round the tables, sizes differing by at most one', () => {
    const plan = planTables(people(7), 'random', 3, () => 0);
    expect(plan.labels).toEqual([null, null, null]);
    const sizes = [1, 2, 3].map((n) => plan.seats.filter((s) => s.tableNo === n).length);
    expect(sizes.sort()).toEqual([2, 2, 3]);
    expect(new Set(plan.seats.map((s) => s.userId)).size).toBe(7);
  });

  it('never makes more tables than people, nor more than the limit', () => {
    expect(planTables(people(2), 'random', 5).labels).toHaveLength(2);
    expect(planTables(people(40), 'random', 99).labels).toHaveLength(MAX_LIVE_TABLES);
    expect(planTables([], 'random', 3)).toEqual({ labels: [], seats: [] });
  });

  it('seats by organisation alphabetically, with one table for those who named none', () => {
    const orgs = ['Zeist', 'Arnhem', null, 'Zeist'];
    const plan = planTables(
      people(4, (i) => orgs[i]!),
      'organisation',
      0,
    );
    expect(plan.labels).toEqual(['Arnhem', 'Zeist', null]);
    expect(plan.seats.map((s) => s.tableNo)).toEqual([2, 1, 3, 2]);
  });
});
