import { randomInt } from 'node:crypto';

export type LiveTableMode = 'random' | 'organisation';

export interface TableSeat {
  userId: string;
  /** 1-based table number. */
  tableNo: number;
}

export interface TablePlan {
  /** Index i labels table i + 1; null: just a number. */
  labels: (string | null)[];
  seats: TableSeat[];
}

/** The most tables a room is split into: a projector shows this many columns legibly. */
export const MAX_LIVE_TABLES = 12;

/**
 * Seats participants at tables. Random: shuffled, then dealt round the tables so table sizes
 * differ by at most one (never more tables than people). By organisation: one table per
 * organisation (alphabetical), labelled with its name; people who named none share one table.
 */
export function planTables(
  people: { userId: string; organisation: string | null }[],
  mode: LiveTableMode,
  tableCount: number,
  pick: (n: number) => number = (n) => randomInt(n),
): TablePlan {
  if (!people.length) return { labels: [], seats: [] };
  if (mode === 'organisation') {
    const names = [...new Set(people.map((p) => p.organisation).filter((o): o is string => !!o))]
      .sort((a, b) => a.localeCompare(b))
      .slice(0, MAX_LIVE_TABLES - 1);
    const labels: (string | null)[] = [...names];
    const others = people.some((p) => !p.organisation || !names.includes(p.organisation));
    if (others) labels.push(null);
    const seats = people.map((p) => {
      const i = p.organisation ? names.indexOf(p.organisation) : -1;
      return { userId: p.userId, tableNo: i >= 0 ? i + 1 : labels.length };
    });
    return { labels, seats };
  }
  const count = Math.max(1, Math.min(tableCount, people.length, MAX_LIVE_TABLES));
  const shuffled = [...people];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return {
    labels: Array.from({ length: count }, () => null),
    seats: shuffled.map((p, i) => ({ userId: p.userId, tableNo: (i % count) + 1 })),
  };
}
