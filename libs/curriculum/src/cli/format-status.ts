import type { TranslationStatus } from '../translation/status.js';

const pad = (s: string, n: number) => s.padEnd(n);

/** Human-readable status table: one line per row × locale, then a per-locale summary and edition overrides. */
export function formatStatus(status: TranslationStatus): string {
  const lines: string[] = [];
  const idWidth = Math.max(10, ...status.rows.map((r) => `${r.kind} ${r.id}`.length)) + 2;
  lines.push(`${pad('item', idWidth)}${pad('locale', 8)}${pad('status', 10)}complete/total  outdated  missing  unreviewed`);
  for (const r of status.rows) {
    lines.push(`${pad(`${r.kind} ${r.id}`, idWidth)}${pad(r.locale, 8)}${pad(r.status, 10)}${pad(`${r.complete}/${r.total}`, 16)}${pad(String(r.outdated), 10)}${pad(String(r.missing), 9)}${r.unreviewed}`);
    for (const i of r.items) if (i.state === 'outdated') lines.push(`    outdated: ${i.path}`);
  }
  lines.push('');
  for (const s of status.summary) {
    lines.push(`${s.locale}: ${s.percent}% complete (${s.complete} complete, ${s.outdated} outdated, ${s.missing} missing of ${s.total} files; ${s.unreviewed} not reviewed by a native-speaking expert)`);
  }
  if (status.overrides.length) {
    lines.push('', 'edition overrides:');
    for (const o of status.overrides) lines.push(`  ${o.state.padEnd(10)} ${o.displayPath}${o.state === 'behind' ? ` (core is now ${o.current})` : ''}`);
  }
  lines.push('', 'workshop kit (translated/outdated/missing of total files):');
  for (const s of status.kit.summary) lines.push(`  ${s.locale}: ${s.translated} translated, ${s.outdated} outdated, ${s.missing} missing of ${s.total}`);
  for (const r of status.kit.rows) {
    for (const i of r.items) if (i.state !== 'translated') lines.push(`    ${i.state}: ${i.path}`);
  }
  return lines.join('\n');
}
