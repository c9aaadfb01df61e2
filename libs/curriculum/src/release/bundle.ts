import type { CurriculumModel, LoadedFile, Localized } from '../loader/model.js';
import { createMarkdownRenderer, type RenderContext } from '../markdown/render.js';
import { resolveLocaleChain, resolveLocalized, type LocaleManifest } from '../translation/locale-chain.js';
import type {
  BundleCourse, BundleExercise, BundleGlossaryTerm, BundleLesson, BundleModule, BundlePractice, FallbackInfo, PerLocale,
  ReleaseBundle,
} from './bundle-types.js';
import { releaseContentHash } from './content-hash.js';
import type { TextMeta } from '../schemas/common.js';
import { isReviewed } from '../translation/review.js';
import { markdownToBlocks } from '../kit/blocks.js';
import { moduleKit, courseKit } from './bundle-kit.js';

interface Ctx {
  model: CurriculumModel;
  chain: LocaleManifest;
  render: (markdown: string, locale: string) => string;
}

/** A text file's data without the translation bookkeeping (hashes, reviewer). */
function withoutMeta<T extends TextMeta>(data: T): Omit<T, keyof TextMeta> {
  const { sourceHash: _s, reviewedBy: _b, reviewedHash: _h, ...text } = data;
  return text;
}

function perLocale<T extends { sourceHash?: string }, U>(ctx: Ctx, texts: Localized<T>, map: (f: LoadedFile<T>, shown: string) => U): PerLocale<U> {
  const out: PerLocale<U> = {};
  for (const locale of ctx.model.locales) {
    const r = resolveLocalized(texts, locale, ctx.chain);
    if (!r) continue;
    const info: FallbackInfo = { shownLocale: r.shownLocale, fellBack: r.fellBackFrom !== undefined, outdated: r.outdated, unreviewed: r.unreviewed };
    out[locale] = { ...map(r.value, r.shownLocale), ...info };
  }
  return out;
}

function makeCtx(model: CurriculumModel): Ctx {
  const chain: LocaleManifest = { sourceLocale: model.sourceLocale, locales: model.locales, fallbacks: model.manifest?.data.fallbacks };
  const glossaryFor = (locale: string): RenderContext['glossary'] => (id) => {
    for (const l of resolveLocaleChain(locale, chain)) {
      const entry = model.glossary.get(l)?.data.terms[id];
      if (entry) return entry;
    }
    return undefined;
  };
  const renderers = new Map<string, (md: string) => string>();
  const render = (md: string, locale: string) => {
    let r = renderers.get(locale);
    if (!r) renderers.set(locale, (r = createMarkdownRenderer({ glossary: glossaryFor(locale) })));
    return r(md);
  };
  return { model, chain, render };
}

/** The release as plain JSON for the API's importer. Call on a model without validation errors. */
export function buildReleaseBundle(model: CurriculumModel): ReleaseBundle {
  const ctx = makeCtx(model);
  const m = model.manifest?.data;
  if (!m) throw new Error('cannot bundle a curriculum without a valid curriculum.yaml');
  const ed = model.edition?.data;
  const lessons: BundleLesson[] = [];
  const modules: BundleModule[] = [];
  for (const mod of model.modules.values()) {
    const s = mod.structure?.data;
    if (!s) continue;
    s.lessons.forEach((slug, position) => {
      const texts = mod.lessons.get(slug);
      const source = texts?.get(model.sourceLocale)?.data;
      if (!texts || !source) return;
      lessons.push({
        module: mod.slug, slug, position, minutes: source.minutes ?? 0, sources: source.sources ?? [],
        texts: perLocale(ctx, texts, (f, shown) => ({
          title: f.data.title, objectives: f.data.objectives ?? source.objectives ?? [], html: ctx.render(f.body ?? '', shown),
        })),
      });
    });
    modules.push({
      slug: mod.slug, lessons: s.lessons,
      texts: perLocale(ctx, mod.texts, (f) => ({ title: f.data.title, summary: f.data.summary })),
      quiz: mod.quiz && s.quiz
        ? { settings: s.quiz, questions: mod.quiz.data.questions, texts: perLocale(ctx, mod.quizTexts, (f) => ({ questions: f.data.questions })) }
        : null,
      hostNotes: perLocale(ctx, mod.hostNotes, (f, shown) => {
        const src = mod.hostNotes.get(model.sourceLocale)?.data;
        return {
          title: f.data.title, durationMinutes: f.data.durationMinutes ?? src?.durationMinutes,
          participants: f.data.participants ?? src?.participants, html: ctx.render(f.body ?? '', shown),
        };
      }),
      kit: moduleKit(mod, ctx.model.sourceLocale, perLocaleOf(ctx), ctx.render),
    });
  }
  return {
    formatVersion: 1,
    manifest: {
      id: m.id, version: m.version, sourceLocale: m.sourceLocale, locales: model.locales, fallbacks: m.fallbacks ?? {},
      edition: ed ? { id: ed.id, name: ed.name, locales: ed.locales, ...(ed.lccDefaults ? { lccDefaults: ed.lccDefaults } : {}) } : null,
      contentHash: releaseContentHash(model),
    },
    courses: courses(ctx),
    modules,
    lessons,
    assessments: [...model.assessments.values()].flatMap((a) =>
      a.structure ? [{ ...a.structure.data, texts: perLocale(ctx, a.texts, (f) => ({ title: f.data.title, instructions: f.data.instructions })) }] : [],
    ),
    practices: practices(ctx),
    criteria: [...model.criteria.values()].flatMap((c) =>
      c.structure
        ? [{ ...c.structure.data, texts: perLocale(ctx, c.texts, (f) => ({ title: f.data.title, scope: f.data.scope, criteria: f.data.criteria })) }]
        : [],
    ),
    exercises: exercises(ctx),
    glossary: glossary(ctx),
    kit: courseKit(model, perLocaleOf(ctx), markdownToBlocks),
  };
}

/** perLocale bound to this bundle, for the kit builders. */
function perLocaleOf(ctx: Ctx) {
  return <T extends { sourceHash?: string }, U>(texts: Localized<T>, map: (f: LoadedFile<T>, shown: string) => U) => perLocale(ctx, texts, map);
}
export type PerLocaleOf = ReturnType<typeof perLocaleOf>;

function courses(ctx: Ctx): BundleCourse[] {
  return [...ctx.model.courses.values()].flatMap((c) => {
    const s = c.structure?.data;
    if (!s) return [];
    return [{
      slug: s.slug, modules: s.modules, finalAssessment: s.finalAssessment ?? null,
      completion: {
        lessons: s.completion?.lessons ?? 'all', moduleQuizzes: s.completion?.moduleQuizzes ?? 'passed',
        finalAssessment: s.completion?.finalAssessment ?? (s.finalAssessment ? 'passed' : 'none'),
      },
      certificate: s.certificate ?? false,
      texts: perLocale(ctx, c.texts, (f) => withoutMeta(f.data)),
    }];
  });
}

function practices(ctx: Ctx): BundlePractice[] {
  return [...ctx.model.practices.values()].flatMap((p) => {
    const s = p.structure?.data;
    if (!s) return [];
    return [{
      slug: p.slug, organisation: s.organisation, country: s.country, city: s.city ?? null, year: s.year,
      productGroup: s.productGroup, strategies: s.strategies, procedure: s.procedure ?? null, sources: s.sources ?? [], tags: s.tags ?? [],
      texts: perLocale(ctx, p.texts, (f, shown) => ({
        title: f.data.title, summary: f.data.summary ?? s.summary, results: f.data.results ?? s.results,
        lessons: f.data.lessons ?? s.lessons, html: ctx.render(f.body ?? '', shown),
      })),
    }];
  });
}

function exercises(ctx: Ctx): BundleExercise[] {
  return [...ctx.model.exercises.values()].flatMap((e) => {
    if (!e.structure) return [];
    return [{
      id: e.id, scenario: e.structure.data,
      texts: perLocale(ctx, e.texts, (f, shown) => ({ ...withoutMeta(f.data), contextHtml: ctx.render(f.data.context, shown) })),
    }];
  });
}

function glossary(ctx: Ctx): BundleGlossaryTerm[] {
  const { model, chain } = ctx;
  const source = model.glossary.get(model.sourceLocale)?.data.terms ?? {};
  return Object.keys(source).map((id) => {
    const texts: BundleGlossaryTerm['texts'] = {};
    for (const locale of model.locales) {
      for (const l of resolveLocaleChain(locale, chain)) {
        const file = model.glossary.get(l);
        const entry = file?.data.terms[id];
        if (!file || !entry) continue;
        const outdated = l !== model.sourceLocale && file.data.sourceHash !== model.glossary.get(model.sourceLocale)?.file.hash;
        const unreviewed = l !== model.sourceLocale && !isReviewed(file);
        texts[locale] = { term: entry.term, definition: entry.definition, shownLocale: l, fellBack: l !== locale, outdated, unreviewed };
        break;
      }
    }
    return { id, texts };
  });
}
