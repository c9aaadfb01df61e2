import type { CurriculumModel } from '../loader/model.js';
import { scanMarkdown } from '../markdown/scan.js';

export interface SegmentTerm {
  id: string;
  term: string;
  /** The approved translation in the target locale, when the glossary has one. */
  translation?: string;
  definition?: string;
}

/** A glossary term's words without its parenthesised abbreviation: "life-cycle costing (LCC)" → "life-cycle costing". */
const bareTerm = (term: string): string => term.replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase();

/** Glossary terms a segment uses: its [[term:…]] references and terms its text names, with their translations. */
export function segmentTerms(model: CurriculumModel, locale: string, source: string): SegmentTerm[] {
  const src = model.glossary.get(model.sourceLocale)?.data.terms ?? {};
  const target = model.glossary.get(locale)?.data.terms ?? {};
  const ids = new Set(scanMarkdown(source, 1).refs.flatMap((r) => (r.kind === 'term' ? [r.id] : [])));
  const lower = source.toLowerCase();
  for (const [id, t] of Object.entries(src)) {
    const bare = bareTerm(t.term);
    if (bare.length > 2 && lower.includes(bare)) ids.add(id);
  }
  return [...ids]
    .filter((id) => src[id])
    .map((id) => ({ id, term: src[id]!.term, translation: target[id]?.term, definition: target[id]?.definition }));
}
