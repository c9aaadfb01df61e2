import type { LoadedFile, Localized } from '../loader/model.js';
import { classifyPath, sourcePathOf } from '../loader/paths.js';
import { compareIds, where, type RuleContext } from './context.js';
import type { TextMeta } from '../schemas/common.js';

/** Each translation needs its source file and a sourceHash; sources carry none; outdated ones warn. */
export function translationRules({ model, problems }: RuleContext): void {
  const src = model.sourceLocale;
  for (const file of model.files.values()) {
    const ref = classifyPath(file.path);
    if (!ref?.locale || ref.locale === src) continue;
    const sourcePath = sourcePathOf(ref, src);
    const source = model.files.get(sourcePath);
    if (!source) problems.error(file.displayPath, 1, `translation without source: ${sourcePath} does not exist`);
  }
  const check = <T extends TextMeta>(texts: Localized<T>) => {
    for (const [locale, t] of texts) {
      const hash = t.data.sourceHash;
      if (locale === src) {
        for (const key of ['sourceHash', 'reviewedBy', 'reviewedHash'] as const) {
          if (t.data[key] !== undefined) problems.error(where(t), t.lineOf([key]), `source-locale files carry no ${key}`);
        }
        continue;
      }
      const source = model.files.get(sourcePathOf(t.ref, src));
      if (!source) continue;
      if (hash === undefined) problems.error(where(t), 1, `missing sourceHash (translated from ${source.displayPath}; run confirm)`);
      // An edition offering fewer locales does not ship the others, so their freshness is moot.
      else if (hash !== source.hash && model.locales.includes(locale))
        problems.warn(where(t), t.lineOf(['sourceHash']), `outdated translation: ${source.displayPath} changed (recorded ${hash}, now ${source.hash})`);
    }
  };
  forEachTextSet(model, check);
}

type TextVisitor = <T extends TextMeta>(texts: Localized<T>) => void;

export function forEachTextSet(model: RuleContext['model'], visit: TextVisitor): void {
  visit(model.glossary);
  for (const c of model.courses.values()) visit(c.texts);
  for (const m of model.modules.values()) {
    visit(m.texts);
    visit(m.quizTexts);
    visit(m.hostNotes);
    visit(m.kitSlides);
    visit(m.kitCardTexts);
    for (const l of m.lessons.values()) visit(l);
  }
  for (const a of model.assessments.values()) visit(a.texts);
  for (const e of model.exercises.values()) visit(e.texts);
  for (const p of model.practices.values()) visit(p.texts);
  for (const c of model.criteria.values()) visit(c.texts);
  visit(model.kit.evaluationTexts);
  visit(model.kit.trainerGuide);
}

/** English lessons and practices must cite sources (criteria sets: see libraryRules). */
export function sourcesRules({ model, problems }: RuleContext): void {
  const need = (f: LoadedFile<{ sources?: unknown[] }> | undefined, what: string) => {
    if (f && !f.data.sources?.length) problems.error(where(f), f.lineOf(['sources']), `${what} has no sources (at least one is required)`);
  };
  for (const m of model.modules.values()) for (const l of m.lessons.values()) need(l.get(model.sourceLocale), 'lesson');
  for (const p of model.practices.values()) need(p.structure, 'practice');
}

/** Text files keyed by structure ids (criteria texts, exercise offers, glossary translations) must match those ids. */
export function textIdRules(ctx: RuleContext): void {
  const { model } = ctx;
  for (const c of model.criteria.values()) {
    const ids = c.structure?.data.criteria.map((x) => x.id);
    if (!ids) continue;
    for (const t of c.texts.values()) compareIds(ctx, t, ids, Object.keys(t.data.criteria), ['criteria'], 'criterion', `criteria/${c.group}.yaml`);
  }
  for (const e of model.exercises.values()) {
    const ids = e.structure?.data.offers.map((o) => o.id);
    if (!ids) continue;
    for (const t of e.texts.values()) compareIds(ctx, t, ids, Object.keys(t.data.offers), ['offers'], 'offer', `exercises/${e.id}.yaml`);
  }
  const source = model.glossary.get(model.sourceLocale);
  if (source) {
    const ids = Object.keys(source.data.terms);
    for (const [locale, t] of model.glossary)
      if (locale !== model.sourceLocale) compareIds(ctx, t, ids, Object.keys(t.data.terms), ['terms'], 'term', where(source));
  }
}
