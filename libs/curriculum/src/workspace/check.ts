import type { CurriculumModel } from '../loader/model.js';
import type { FileKind } from '../loader/paths.js';
import { scanMarkdown, type MarkdownRef } from '../markdown/scan.js';
import { unresolved } from '../validate/rules-markdown.js';

export interface SegmentProblem {
  /** 1-based line within the segment. */
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

const MARKDOWN_BODY: FileKind[] = ['lesson', 'practice', 'host-notes', 'kit-slides', 'trainer-guide'];

const refKey = (r: MarkdownRef): string => {
  switch (r.kind) {
    case 'lesson':
      return `lesson:${r.module}/${r.lesson}`;
    case 'practice':
      return `practice:${r.slug}`;
    case 'criteria':
      return `criteria:${r.group}`;
    case 'term':
      return `term:${r.id}`;
    case 'exercise':
      return `lcc-exercise:${r.id}`;
  }
};

const headingLevel = (text: string): number => /^(#{1,6})\s/.exec(text.trimStart())?.[1]?.length ?? 0;

/**
 * Problems of one translated segment, found as it is typed. Markdown body segments run the
 * validator's own Markdown scan and reference checks (the CLI's messages), then the checks that
 * keep the file's structure: no blank or `:::` lines (they would re-cut the file), the source's
 * heading level, and every academy reference of the source.
 */
export function checkSegment(model: CurriculumModel, kind: FileKind, segmentId: string, source: string, target: string): SegmentProblem[] {
  const out: SegmentProblem[] = [];
  if (target.trim() === '') return [{ line: 1, message: 'the translation is empty', severity: 'error' }];
  if (!MARKDOWN_BODY.includes(kind) || !segmentId.startsWith('body.')) {
    if (target.includes('\n') && !source.includes('\n')) out.push({ line: 1, message: 'this text is one line in the source; remove the line breaks', severity: 'error' });
    return out;
  }
  const terms = new Set(Object.keys(model.glossary.get(model.sourceLocale)?.data.terms ?? {}));
  target.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (t === '') out.push({ line: i + 1, message: 'blank line inside a segment: it would split the paragraph; keep one paragraph per segment', severity: 'error' });
    else if (t.startsWith(':::')) out.push({ line: i + 1, message: '::: lines belong to the file structure and cannot be part of a segment', severity: 'error' });
  });
  const scan = scanMarkdown(target, 1, { headingsFromH2: true });
  for (const p of scan.problems) out.push(p);
  for (const ref of scan.refs) {
    const message = unresolved({ model }, ref, terms);
    if (message) out.push({ line: ref.line, message, severity: 'error' });
  }
  if (headingLevel(source) !== headingLevel(target)) {
    const level = headingLevel(source);
    out.push({ line: 1, message: level ? `the source is a level-${level} heading (${'#'.repeat(level)}); keep it` : 'the source is not a heading; remove the leading #', severity: 'error' });
  }
  const targetRefs = new Set(scan.refs.map(refKey));
  for (const key of new Set(scanMarkdown(source, 1).refs.map(refKey))) {
    if (!targetRefs.has(key)) out.push({ line: 1, message: `the source links to ${key}; keep that reference in the translation`, severity: 'error' });
  }
  return out.sort((a, b) => a.line - b.line);
}
