import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { classifyPath } from '../loader/paths.js';
import { splitEditionPath } from '../translation/confirm.js';
import { sourceHash } from '../translation/hash.js';
import { buildTranslation, extractSegments } from './segments.js';
import { childElements, isElement, parseXml, XmlSyntaxError, type XmlElement } from './xml.js';

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

const XLIFF = 'urn:oasis:names:tc:xliff:document:2.0';

/** The <xliff> element, or null after recording why the file was refused. */
function readDocument(xliffPath: string, report: ImportReport): XmlElement | null {
  const refuse = (reason: string) => {
    report.ok = false;
    report.refused.push({ file: xliffPath, reason });
    return null;
  };
  let doc: XmlElement;
  try {
    doc = parseXml(readFileSync(xliffPath, 'utf8'));
  } catch (e) {
    if (e instanceof XmlSyntaxError) return refuse(`not well-formed XML at ${e.message}`);
    throw e;
  }
  if (doc.name !== 'xliff' || doc.ns !== XLIFF || doc.attrs['version'] !== '2.0') {
    const found = doc.attrs['version'] ? `version ${doc.attrs['version']}` : `<${doc.name}> in namespace "${doc.ns}"`;
    return refuse(`not an XLIFF 2.0 document (found ${found}; export again and translate that file)`);
  }
  return doc;
}

/** Units of a file, also inside <group>s (which some tools add). */
function unitsOf(parent: XmlElement): XmlElement[] {
  return parent.children.filter(isElement).flatMap((c) => (c.ns !== XLIFF ? [] : c.name === 'unit' ? [c] : c.name === 'group' ? unitsOf(c) : []));
}

/**
 * A unit's source and target text. Tools may split a unit into several <segment>s with
 * <ignorable> whitespace between them: the texts are joined in order. The target is missing
 * when any segment has no <target>; an <ignorable> without one keeps its source.
 */
function unitTexts(unit: XmlElement): { source: string; target?: string } {
  let source = '';
  let target: string | undefined = '';
  for (const part of unit.children.filter(isElement)) {
    if (part.ns !== XLIFF || (part.name !== 'segment' && part.name !== 'ignorable')) continue;
    const s = inlineText(childElements(part, XLIFF, 'source')[0]);
    const t = childElements(part, XLIFF, 'target')[0];
    source += s;
    if (t) target = target === undefined ? undefined : target + inlineText(t);
    else if (part.name === 'ignorable') target = target === undefined ? undefined : target + s;
    else target = undefined;
  }
  return { source, target };
}

/**
 * Text content of a <source>, <target> or <note>. Annotations (<mrk>) keep their text, markers
 * (<sm/>, <em/>) have none, <cp/> is its character. Codes (<ph>, <pc>, <sc>, <ec>) stand for
 * formatting that the curriculum's plain text cannot hold, so they are refused.
 */
function inlineText(el: XmlElement | undefined): string {
  let text = '';
  for (const c of el?.children ?? []) {
    if (!isElement(c)) text += c;
    else if (c.ns !== XLIFF) throw new Error(`<${c.name}> (namespace "${c.ns}") is not allowed inside <${el!.name}>`);
    else if (c.name === 'mrk') text += inlineText(c);
    else if (c.name === 'sm' || c.name === 'em') continue;
    else if (c.name === 'cp') text += String.fromCodePoint(parseInt(c.attrs['hex'] ?? '', 16));
    else throw new Error(`inline code <${c.name}> in <${el!.name}> cannot be written back into the text; replace it with the text it stands for`);
  }
  return text;
}

/**
 * Writes an XLIFF 2.0 file's targets back as translation files (created when missing, with the current
 * sourceHash). All or nothing: if any file's source changed since export, nothing is written.
 */
export function importXliff(root: string, xliffPath: string): ImportReport {
  const report: ImportReport = { ok: true, written: [], incomplete: [], refused: [], lines: [] };
  const writes: PlannedWrite[] = [];
  const doc = readDocument(xliffPath, report);
  for (const file of doc ? childElements(doc, XLIFF, 'file') : []) {
    const original = file.attrs['original'] ?? '';
    const refuse = (reason: string) => report.refused.push({ file: original, reason });
    let notes: Map<string, string>;
    const units = new Map<string, { source: string; target?: string }>();
    try {
      notes = new Map(childElements(childElements(file, XLIFF, 'notes')[0], XLIFF, 'note').map((n) => [n.attrs['category'] ?? '', inlineText(n)]));
      for (const u of unitsOf(file)) {
        const id = u.attrs['id'] ?? '';
        try {
          units.set(id, unitTexts(u));
        } catch (e) {
          throw new Error(`unit ${id}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    } catch (e) {
      refuse(e instanceof Error ? e.message : String(e));
      continue;
    }
    const target = notes.get('target');
    const ref = classifyPath(splitEditionPath(original).path);
    if (!target || !ref || !existsSync(join(root, original))) {
      refuse('unknown source file or missing target note');
      continue;
    }
    const sourceText = readFileSync(join(root, original), 'utf8');
    const current = sourceHash(sourceText);
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
