import type { CurriculumModel } from '../loader/model.js';
import { localePathOf } from '../loader/paths.js';
import { forEachTextSet } from '../validate/rules-text.js';
import { readOverrides } from '../validate/rules-edition.js';
import { isReviewed } from './review.js';
import { kitStatus, type KitStatus } from './kit-status.js';

export type ItemState = 'complete' | 'outdated' | 'missing';
/** Row status: `partial` = some items missing, none outdated. */
export type RowState = 'complete' | 'outdated' | 'partial' | 'missing';
export type StatusRowKind = 'module' | 'course' | 'assessment' | 'exercise' | 'practice' | 'criteria' | 'glossary';

export interface StatusItem {
  /** Logical path of the translation (whether or not it exists). */
  path: string;
  sourcePath: string;
  state: ItemState;
  recordedHash?: string;
  currentHash: string;
  /** An existing translation that a native-speaking expert reviewed as it is now. */
  reviewed?: boolean;
}
export interface StatusRow {
  kind: StatusRowKind;
  id: string;
  locale: string;
  status: RowState;
  complete: number;
  outdated: number;
  missing: number;
  /** Existing translations (complete or outdated) without a current review. */
  unreviewed: number;
  total: number;
  items: StatusItem[];
}
export interface LocaleSummary { locale: string; complete: number; outdated: number; missing: number; unreviewed: number; total: number; percent: number }
export interface OverrideStatus { path: string; displayPath: string; recorded?: string; current: string; state: 'current' | 'behind' | 'unrecorded' }
export interface TranslationStatus {
  sourceLocale: string;
  locales: string[];
  rows: StatusRow[];
  /** Per locale, counted over items (files). */
  summary: LocaleSummary[];
  /** Edition overrides of core files and whether they are behind the core (edition loads only). */
  overrides: OverrideStatus[];
  /** Workshop kit files (optional per module), kept apart from the course texts' figures above. */
  kit: KitStatus;
}

/** Source files grouped the way status reports them: one group per module, course, practice, … */
function sourceGroups(model: CurriculumModel): { kind: StatusRowKind; id: string; sources: string[] }[] {
  const src = model.sourceLocale;
  const has = (p: string) => model.files.has(p);
  const groups: { kind: StatusRowKind; id: string; sources: string[] }[] = [];
  const add = (kind: StatusRowKind, id: string, candidates: string[]) => groups.push({ kind, id, sources: candidates.filter(has) });
  for (const m of model.modules.values()) {
    const b = `modules/${m.slug}`;
    const lessons = m.structure?.data.lessons ?? [...m.lessons.keys()];
    add('module', m.slug, [`${b}/module.${src}.yaml`, ...lessons.map((l) => `${b}/lessons/${l}.${src}.md`), `${b}/quiz.${src}.yaml`, `${b}/host-notes.${src}.md`]);
  }
  for (const c of model.courses.values()) add('course', c.slug, [`courses/${c.slug}.${src}.yaml`]);
  for (const a of model.assessments.values()) add('assessment', a.id, [`assessments/${a.id}.${src}.yaml`]);
  for (const e of model.exercises.values()) add('exercise', e.id, [`exercises/${e.id}.${src}.yaml`]);
  for (const p of model.practices.values()) add('practice', p.slug, [`practices/${p.slug}.${src}.md`]);
  for (const c of model.criteria.values()) add('criteria', c.group, [`criteria/${c.group}.${src}.yaml`]);
  add('glossary', 'glossary', [`glossary/glossary.${src}.yaml`]);
  return groups.filter((g) => g.sources.length > 0);
}

function recordedHashes(model: CurriculumModel): Map<string, { hash?: string; reviewed: boolean }> {
  const out = new Map<string, { hash?: string; reviewed: boolean }>();
  forEachTextSet(model, (texts) => {
    for (const t of texts.values()) out.set(t.file.path, { hash: t.data.sourceHash, reviewed: isReviewed(t) });
  });
  return out;
}

/** Per row (module, course, …) × locale: complete / outdated / partial / missing, with counts and a per-locale summary. */
export function translationStatus(model: CurriculumModel, options: { locale?: string } = {}): TranslationStatus {
  const src = model.sourceLocale;
  const locales = options.locale ? [options.locale] : model.locales.filter((l) => l !== src);
  const recorded = recordedHashes(model);
  const rows: StatusRow[] = [];
  for (const group of sourceGroups(model)) {
    for (const locale of locales) {
      const items = group.sources.map((sourcePath): StatusItem => {
        const path = localePathOf(sourcePath, src, locale);
        const currentHash = model.files.get(sourcePath)?.hash ?? '';
        if (!model.files.has(path)) return { path, sourcePath, state: 'missing', currentHash };
        const { hash, reviewed = false } = recorded.get(path) ?? {};
        // A translation that failed to parse counts as outdated: it exists but needs work.
        return { path, sourcePath, state: hash === currentHash ? 'complete' : 'outdated', recordedHash: hash, currentHash, reviewed };
      });
      rows.push(toRow(group.kind, group.id, locale, items));
    }
  }
  const summary = locales.map((locale): LocaleSummary => {
    const items = rows.filter((r) => r.locale === locale);
    const sum = (k: 'complete' | 'outdated' | 'missing' | 'unreviewed' | 'total') => items.reduce((n, r) => n + r[k], 0);
    const total = sum('total');
    return { locale, complete: sum('complete'), outdated: sum('outdated'), missing: sum('missing'), unreviewed: sum('unreviewed'), total, percent: total ? Math.round((sum('complete') / total) * 1000) / 10 : 100 };
  });
  return { sourceLocale: src, locales, rows, summary, overrides: overrideStatus(model), kit: kitStatus(model, locales) };
}

function toRow(kind: StatusRowKind, id: string, locale: string, items: StatusItem[]): StatusRow {
  const count = (s: ItemState) => items.filter((i) => i.state === s).length;
  const complete = count('complete');
  const outdated = count('outdated');
  const missing = count('missing');
  const unreviewed = items.filter((i) => i.state !== 'missing' && !i.reviewed).length;
  const total = items.length;
  const status: RowState = outdated ? 'outdated' : complete === total ? 'complete' : missing === total ? 'missing' : 'partial';
  return { kind, id, locale, status, complete, outdated, missing, unreviewed, total, items };
}

function overrideStatus(model: CurriculumModel): OverrideStatus[] {
  const out: OverrideStatus[] = [];
  for (const f of model.files.values()) {
    if (f.origin !== 'edition' || f.replacesHash === undefined) continue;
    const recorded = readOverrides(f.text, f.path.endsWith('.md')).value;
    const state = recorded === undefined ? 'unrecorded' : recorded === f.replacesHash ? 'current' : 'behind';
    out.push({ path: f.path, displayPath: f.displayPath, recorded, current: f.replacesHash, state });
  }
  return out;
}
