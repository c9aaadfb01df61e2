export interface CertifiedYear {
  year: number;
  certificates: number;
  people: number;
}

export interface CertifiedBar extends CertifiedYear {
  /** Bar length in percent of the best year (0–100). */
  width: number;
}

/**
 * The yearly series for the chart: every year from the first to `currentYear` (years without a
 * certificate show as zero rather than vanish), each bar scaled to the best year's people.
 */
export function certifiedBars(rows: CertifiedYear[], currentYear: number): CertifiedBar[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const first = Math.min(...rows.map((r) => r.year));
  const last = Math.max(currentYear, ...rows.map((r) => r.year));
  const max = Math.max(...rows.map((r) => r.people));
  const bars: CertifiedBar[] = [];
  for (let year = first; year <= last; year++) {
    const row = byYear.get(year) ?? { year, certificates: 0, people: 0 };
    bars.push({ ...row, width: max > 0 ? Math.round((row.people / max) * 100) : 0 });
  }
  return bars;
}
