import { stringify } from 'yaml';
import type { FileKind } from '../loader/paths.js';
import { splitFrontMatter } from '../yaml/front-matter.js';
import { parseLocatedYaml } from '../yaml/located.js';

export interface Segment { id: string; text: string }

/** Front matter fields translators translate, per Markdown kind (the rest is structure). */
const MD_FIELDS: Partial<Record<FileKind, string[]>> = {
  lesson: ['title', 'objectives'],
  'host-notes': ['title'],
  'kit-slides': ['title'],
  'trainer-guide': ['title'],
  practice: ['title', 'summary', 'results', 'lessons'],
};
const META = new Set(['sourceHash', 'reviewedBy', 'reviewedHash', 'overrides']);

/** A Markdown body cut into groups of lines: paragraphs/blocks to translate, and fixed lines (blank, ::: directives, code). */
export interface BodyGroup { lines: string[]; translatable: boolean }

export function splitBody(body: string): BodyGroup[] {
  const groups: BodyGroup[] = [];
  let para: string[] = [];
  let fence: string[] | undefined;
  const flush = () => {
    if (para.length) groups.push({ lines: para, translatable: true });
    para = [];
  };
  for (const line of body.split('\n')) {
    const t = line.trim();
    if (fence) {
      fence.push(line);
      if (/^(`{3,}|~{3,})/.test(t)) {
        groups.push({ lines: fence, translatable: false });
        fence = undefined;
      }
      continue;
    }
    if (/^(`{3,}|~{3,})/.test(t)) {
      flush();
      fence = [line];
    } else if (t === '' || t.startsWith(':::')) {
      flush();
      groups.push({ lines: [line], translatable: false });
    } else para.push(line);
  }
  flush();
  if (fence) groups.push({ lines: fence, translatable: false });
  return groups;
}

function leaves(value: unknown, path: string[], out: Segment[]): void {
  if (typeof value === 'string') out.push({ id: path.join('.'), text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, String(i)], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!(path.length === 0 && META.has(k)) && k !== 'sources') leaves(v, [...path, k], out);
}

function yamlData(text: string): Record<string, unknown> {
  const data = parseLocatedYaml(text).data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** Translatable segments of a text file, in file order, with stable ids (`title`, `fm.objectives.0`, `body.3`). */
export function extractSegments(kind: FileKind, text: string): Segment[] {
  const out: Segment[] = [];
  if (!MD_FIELDS[kind]) {
    leaves(yamlData(text), [], out);
    return out;
  }
  const split = splitFrontMatter(text);
  const fm = yamlData(split.frontMatter ?? '');
  for (const key of MD_FIELDS[kind] ?? []) if (fm[key] !== undefined) leaves(fm[key], ['fm', key], out);
  let n = 0;
  for (const g of splitBody(split.body)) if (g.translatable) out.push({ id: `body.${++n}`, text: g.lines.join('\n') });
  return out;
}

function setPath(target: Record<string, unknown>, path: string[], value: string): void {
  let node: Record<string, unknown> | unknown[] = target;
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    const nextIsIndex = /^\d+$/.test(path[i + 1] ?? '');
    const container = node as Record<string, unknown>;
    if (last) container[key] = value;
    else node = (container[key] ??= nextIsIndex ? [] : {}) as Record<string, unknown>;
  });
}

/** Builds a translation file from its source text and translated segments (every segment id must have a target). */
export function buildTranslation(kind: FileKind, sourceText: string, targets: Map<string, string>, hash: string): string {
  const isMarkdown = MD_FIELDS[kind] !== undefined;
  if (!isMarkdown) {
    const data: Record<string, unknown> = { sourceHash: hash };
    for (const seg of extractSegments(kind, sourceText)) setPath(data, seg.id.split('.'), targets.get(seg.id) ?? seg.text);
    return stringify(data, { lineWidth: 0 });
  }
  const split = splitFrontMatter(sourceText);
  const fm: Record<string, unknown> = {};
  const segs = extractSegments(kind, sourceText);
  for (const seg of segs) if (seg.id.startsWith('fm.')) setPath(fm, seg.id.split('.').slice(1), targets.get(seg.id) ?? seg.text);
  fm['sourceHash'] = hash;
  let n = 0;
  const body = splitBody(split.body)
    .map((g) => (g.translatable ? (targets.get(`body.${++n}`) ?? g.lines.join('\n')) : g.lines.join('\n')))
    .join('\n');
  return `---\n${stringify(fm, { lineWidth: 0 })}---\n${body}`;
}
