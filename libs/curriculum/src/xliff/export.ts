import type { CurriculumModel } from '../loader/model.js';
import { classifyPath, localePathOf } from '../loader/paths.js';
import { translationStatus, type ItemState } from '../translation/status.js';
import { splitFrontMatter } from '../yaml/front-matter.js';
import { extractSegments, splitBody, type Segment } from './segments.js';
import { escapeXml } from './xml.js';

export interface ExportOptions {
  locale: string;
  /** Only this module's files (module texts, lessons, quiz texts, host notes). */
  module?: string;
}

const STATE: Record<ItemState, string> = { missing: 'initial', outdated: 'translated', complete: 'final' };

/** Fixed (non-translatable) body lines must match for existing body translations to line up with source segments. */
function bodyShape(text: string): string {
  return splitBody(splitFrontMatter(text).body).filter((g) => !g.translatable && g.lines.join('').trim()).map((g) => g.lines.join('\n')).join('|');
}

/** Existing translated segments that can be reused as targets (body blocks only when the block structure matches). */
export function existingTargets(kind: Parameters<typeof extractSegments>[0], source: string, translation: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (translation === undefined) return out;
  const bodyAligned = bodyShape(source) === bodyShape(translation);
  for (const s of extractSegments(kind, translation)) if (!s.id.startsWith('body.') || bodyAligned) out.set(s.id, s.text);
  return out;
}

/**
 * XLIFF 2.0 (OASIS, urn:oasis:names:tc:xliff:document:2.0) for one target locale: one <file> per source text
 * file, one <unit> per translatable segment. Notes carry the source hash and the translation's path;
 * segment state is initial (missing), translated (outdated) or final (complete).
 */
export function exportXliff(model: CurriculumModel, options: ExportOptions): string {
  const src = model.sourceLocale;
  const status = translationStatus(model, { locale: options.locale });
  const items = status.rows
    .filter((r) => !options.module || (r.kind === 'module' && r.id === options.module))
    .flatMap((r) => r.items);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeXml(src)}" trgLang="${escapeXml(options.locale)}">`,
  ];
  items.forEach((item, i) => {
    const source = model.files.get(item.sourcePath);
    const ref = classifyPath(item.sourcePath);
    if (!source || !ref) return;
    const translation = model.files.get(item.path);
    const targetPath = translation?.displayPath ?? (source.origin === 'edition'
      ? source.displayPath.replace(/[^/]+$/, '') + item.path.split('/').pop()
      : localePathOf(item.sourcePath, src, options.locale));
    const targets = existingTargets(ref.kind, source.text, translation?.text);
    out.push(`  <file id="f${i + 1}" original="${escapeXml(source.displayPath)}">`);
    out.push('    <notes>');
    out.push(`      <note id="sourceHash" category="sourceHash">${source.hash}</note>`);
    out.push(`      <note id="target" category="target">${escapeXml(targetPath)}</note>`);
    out.push(`      <note id="state" category="state">${item.state}</note>`);
    out.push('    </notes>');
    for (const seg of extractSegments(ref.kind, source.text)) out.push(unit(seg, targets.get(seg.id), STATE[item.state]));
    out.push('  </file>');
  });
  out.push('</xliff>', '');
  return out.join('\n');
}

function unit(seg: Segment, target: string | undefined, state: string): string {
  const t = target === undefined ? '' : `\n        <target>${escapeXml(target)}</target>`;
  return `    <unit id="${escapeXml(seg.id)}">\n      <segment state="${target === undefined ? 'initial' : state}">\n        <source>${escapeXml(seg.text)}</source>${t}\n      </segment>\n    </unit>`;
}
