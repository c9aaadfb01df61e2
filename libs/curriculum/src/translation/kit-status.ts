import type { CurriculumModel } from '../loader/model.js';
import { localePathOf } from '../loader/paths.js';

export type KitItemState = 'translated' | 'outdated' | 'missing';

export interface KitStatusItem {
  /** Logical path of the kit file in this locale (whether or not it exists). */
  path: string;
  state: KitItemState;
}
export interface KitStatusRow {
  /** A module slug, or `course` for the evaluation form and the train-the-trainer guide. */
  id: string;
  locale: string;
  translated: number;
  outdated: number;
  missing: number;
  total: number;
  items: KitStatusItem[];
}
export interface KitLocaleSummary { locale: string; translated: number; outdated: number; missing: number; total: number }
export interface KitStatus { rows: KitStatusRow[]; summary: KitLocaleSummary[] }

/**
 * Workshop kit files per module and locale. The kit is optional, so a module without one is not
 * an error, but its files count as missing in every locale, the source locale included.
 */
export function kitStatus(model: CurriculumModel, locales: string[]): KitStatus {
  const src = model.sourceLocale;
  const groups: { id: string; sources: string[] }[] = [...model.modules.values()]
    .filter((m) => m.structure)
    .map((m) => ({ id: m.slug, sources: [`modules/${m.slug}/kit/slides.${src}.md`, `modules/${m.slug}/kit/cards.${src}.yaml`] }));
  groups.push({ id: 'course', sources: [`kit/evaluation-form.${src}.yaml`, `kit/train-the-trainer.${src}.md`] });
  const recorded = new Map<string, string | undefined>();
  const note = (texts: Map<string, { file: { path: string }; data: { sourceHash?: string } }>) => {
    for (const t of texts.values()) recorded.set(t.file.path, t.data.sourceHash);
  };
  for (const m of model.modules.values()) {
    note(m.kitSlides);
    note(m.kitCardTexts);
  }
  note(model.kit.evaluationTexts);
  note(model.kit.trainerGuide);

  const rows: KitStatusRow[] = [];
  for (const g of groups) {
    for (const locale of [src, ...locales.filter((l) => l !== src)]) {
      const items = g.sources.map((sourcePath): KitStatusItem => {
        const path = localePathOf(sourcePath, src, locale);
        const source = model.files.get(sourcePath);
        if (!source || !model.files.has(path)) return { path, state: 'missing' };
        if (locale === src) return { path, state: 'translated' };
        return { path, state: recorded.get(path) === source.hash ? 'translated' : 'outdated' };
      });
      const count = (s: KitItemState) => items.filter((i) => i.state === s).length;
      rows.push({ id: g.id, locale, translated: count('translated'), outdated: count('outdated'), missing: count('missing'), total: items.length, items });
    }
  }
  const summary = [...new Set(rows.map((r) => r.locale))].map((locale): KitLocaleSummary => {
    const of = rows.filter((r) => r.locale === locale);
    const sum = (k: 'translated' | 'outdated' | 'missing' | 'total') => of.reduce((n, r) => n + r[k], 0);
    return { locale, translated: sum('translated'), outdated: sum('outdated'), missing: sum('missing'), total: sum('total') };
  });
  return { rows, summary };
}
