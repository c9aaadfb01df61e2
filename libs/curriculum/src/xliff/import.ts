import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { classifyPath } from '../loader/paths.js';
import { splitEditionPath } from '../translation/confirm.js';
import { sourceHash } from '../translation/hash.js';
import { buildTranslation, extractSegments } from './segments.js';
import { elements, textOf } from './xml.js';

export interface ImportReport {
  /** False when any file was refused: then nothing was written. */
  ok: boolean;
  written: string[];
  /** Files left out because some units have no target (not an error). */
  incomplete: string[];
  refused: { file: string; reason: string }[];
  lines: string[];
}

interface PlannedWrite { path: string; text: string }

/**
 * Writes an XLIFF 2.0 file's targets back as translation files (created when missing, with the current
 * sourceHash). All or nothing: if any file's source changed since export, nothing is written.
 */
export function importXliff(root: string, xliffPath: string): ImportReport {
  const xml = readFileSync(xliffPath, 'utf8');
  const report: ImportReport = { ok: true, written: [], incomplete: [], refused: [], lines: [] };
  const writes: PlannedWrite[] = [];
  if (!/<xliff\b[^>]*version="2\.0"/.test(xml)) {
    report.ok = false;
    report.refused.push({ file: xliffPath, reason: 'not an XLIFF 2.0 document' });
  }
  for (const file of report.ok ? elements(xml, 'file') : []) {
    const original = file.attrs['original'] ?? '';
    const refuse = (reason: string) => report.refused.push({ file: original, reason });
    const notes = new Map(elements(file.inner, 'note').map((n) => [n.attrs['category'] ?? '', textOf(n.inner)]));
    const target = notes.get('target');
    const ref = classifyPath(splitEditionPath(original).path);
    if (!target || !ref || !existsSync(join(root, original))) {
      refuse('unknown source file or missing target note');
      continue;
    }
    const sourceText = readFileSync(join(root, original), 'utf8');
    const current = sourceHash(sourceText);
    const units = new Map<string, { source: string; target?: string }>();
    try {
      for (const u of elements(file.inner, 'unit')) {
        const seg = elements(u.inner, 'segment')[0]?.inner ?? '';
        const t = elements(seg, 'target')[0];
        units.set(u.attrs['id'] ?? '', { source: textOf(elements(seg, 'source')[0]?.inner ?? ''), target: t ? textOf(t.inner) : undefined });
      }
    } catch (e) {
      refuse(e instanceof Error ? e.message : String(e));
      continue;
    }
    const segments = extractSegments(ref.kind, sourceText);
    const changed = segments.filter((s) => units.get(s.id)?.source !== s.text).map((s) => s.id);
    const extra = [...units.keys()].filter((id) => !segments.some((s) => s.id === id));
    if (notes.get('sourceHash') !== current || changed.length || extra.length) {
      const detail = [...changed, ...extra].slice(0, 5).join(', ');
      refuse(`source changed since export (hash ${notes.get('sourceHash')} → ${current}${detail ? `; segments ${detail}` : ''}); export again`);
      continue;
    }
    const targets = new Map<string, string>();
    for (const [id, u] of units) if (u.target !== undefined && u.target.trim() !== '') targets.set(id, u.target);
    if (segments.some((s) => !targets.has(s.id))) {
      report.incomplete.push(target);
      continue;
    }
    writes.push({ path: target, text: buildTranslation(ref.kind, sourceText, targets, current) });
  }
  if (report.refused.length) {
    report.ok = false;
    for (const r of report.refused) report.lines.push(`refused ${r.file}: ${r.reason}`);
    report.lines.push(`nothing written: ${report.refused.length} file(s) refused`);
    return report;
  }
  for (const w of writes) {
    mkdirSync(dirname(join(root, w.path)), { recursive: true });
    writeFileSync(join(root, w.path), w.text);
    report.written.push(w.path);
    report.lines.push(`wrote ${w.path}`);
  }
  for (const f of report.incomplete) report.lines.push(`skipped ${f}: some units have no target`);
  report.lines.push(`${report.written.length} file(s) written, ${report.incomplete.length} incomplete`);
  return report;
}
