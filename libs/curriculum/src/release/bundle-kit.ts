import type { CurriculumModel, ModuleEntry } from '../loader/model.js';
import { markdownToBlocks, plainTextToBlocks, type PrintBlock } from '../kit/blocks.js';
import { splitSlides } from '../kit/slides.js';
import type { BundleCourseKit, BundleModuleKit } from './bundle-types.js';
import type { PerLocaleOf } from './bundle.js';

/** A module's workshop kit for the release: slides rendered like lessons, cards as print blocks. */
export function moduleKit(
  mod: ModuleEntry,
  sourceLocale: string,
  perLocale: PerLocaleOf,
  render: (markdown: string, locale: string) => string,
): BundleModuleKit | null {
  if (!mod.kitSlides.size && !mod.kitCards) return null;
  const structure = mod.kitCards?.data;
  return {
    sources: [...(mod.kitSlides.get(sourceLocale)?.data.sources ?? []), ...(structure?.sources ?? [])],
    slides: perLocale(mod.kitSlides, (f, shown) => ({
      title: f.data.title,
      slides: splitSlides(f.body ?? '', f.bodyStartLine).map((s) => render(s.markdown, shown)),
    })),
    cards: structure
      ? perLocale(mod.kitCardTexts, (f) => ({
          title: f.data.title,
          cards: structure.cards.map((c) => {
            const t = f.data.cards[c.id];
            return {
              id: c.id,
              kind: c.kind,
              title: t?.title ?? c.id,
              blocks: t?.text ? plainTextToBlocks(t.text) : [],
              boxes: (c.boxes ?? []).map((id) => ({ id, label: t?.boxes?.[id] ?? id })),
            };
          }),
        }))
      : {},
  };
}

/** The evaluation form and the train-the-trainer guide; empty parts when the curriculum has none. */
export function courseKit(model: CurriculumModel, perLocale: PerLocaleOf, toBlocks: (md: string) => PrintBlock[] = markdownToBlocks): BundleCourseKit {
  const form = model.kit.evaluationForm?.data;
  return {
    evaluationForm: form
      ? {
          questions: form.questions,
          texts: perLocale(model.kit.evaluationTexts, (f) => ({
            title: f.data.title, intro: f.data.intro, scale: f.data.scale, questions: f.data.questions,
          })),
        }
      : null,
    trainerGuide: perLocale(model.kit.trainerGuide, (f) => ({ title: f.data.title, blocks: toBlocks(f.body ?? '') })),
    trainerGuideSources: model.kit.trainerGuide.get(model.sourceLocale)?.data.sources ?? [],
  };
}
