import { splitSlides } from '../kit/slides.js';
import { compareIds, where, type RuleContext } from './context.js';

/**
 * The workshop kit is optional per module; when present: English slides cite sources (like lessons),
 * translations keep the slide count, card and box ids match `kit/cards.yaml`.
 */
export function kitRules(ctx: RuleContext): void {
  const { model, problems } = ctx;
  const src = model.sourceLocale;
  for (const m of model.modules.values()) {
    const base = `modules/${m.slug}`;
    const sourceSlides = m.kitSlides.get(src);
    const sourceCount = sourceSlides ? splitSlides(sourceSlides.body ?? '', sourceSlides.bodyStartLine).length : undefined;
    for (const [locale, f] of m.kitSlides) {
      const slides = splitSlides(f.body ?? '', f.bodyStartLine);
      if (!slides.length) problems.error(where(f), f.bodyStartLine ?? 1, 'slides: the file has no slides (separate slides with a line holding only ---)');
      for (const s of slides) if (!s.markdown.trim()) problems.error(where(f), s.line, 'slides: empty slide between two --- lines');
      if (locale === src) {
        if (!f.data.sources?.length) problems.error(where(f), f.lineOf(['sources']), 'slides have no sources (at least one is required)');
      } else if (sourceCount !== undefined && slides.length !== sourceCount) {
        const line = slides[Math.min(slides.length, sourceCount)]?.line ?? f.bodyStartLine ?? 1;
        problems.error(where(f), line, `slides: ${slides.length} slides, but ${sourceSlides!.file.displayPath} has ${sourceCount}`);
      }
    }
    const structure = m.kitCards;
    if (!structure) {
      for (const t of m.kitCardTexts.values())
        problems.error(where(t), 1, `card texts without structure: ${base}/kit/cards.yaml does not exist`);
    } else {
      const cards = structure.data.cards;
      cards.forEach((c, i) => {
        if (cards.findIndex((x) => x.id === c.id) !== i) problems.error(where(structure), structure.lineOf(['cards', i, 'id']), `cards.${i}.id: duplicate card "${c.id}"`);
        if (c.kind === 'canvas' && !c.boxes) problems.error(where(structure), structure.lineOf(['cards', i]), `cards.${i}.boxes: a canvas needs boxes to fill in`);
      });
      if (!m.kitCardTexts.has(src)) problems.error(where(structure), 1, `cards have no texts: ${base}/kit/cards.${src}.yaml does not exist`);
      const against = `${base}/kit/cards.yaml`;
      for (const t of m.kitCardTexts.values()) {
        compareIds(ctx, t, cards.map((c) => c.id), Object.keys(t.data.cards), ['cards'], 'card', against);
        for (const c of cards) {
          const text = t.data.cards[c.id];
          if (!text) continue;
          compareIds(ctx, t, c.boxes ?? [], Object.keys(text.boxes ?? {}), ['cards', c.id, 'boxes'], `box of card "${c.id}"`, against);
        }
      }
    }
  }
  const form = model.kit.evaluationForm;
  if (form) {
    const ids = form.data.questions.map((q) => q.id);
    if (!model.kit.evaluationTexts.has(src)) problems.error(where(form), 1, `the evaluation form has no texts: kit/evaluation-form.${src}.yaml does not exist`);
    for (const t of model.kit.evaluationTexts.values()) compareIds(ctx, t, ids, Object.keys(t.data.questions), ['questions'], 'question', 'kit/evaluation-form.yaml');
  } else {
    for (const t of model.kit.evaluationTexts.values()) problems.error(where(t), 1, 'evaluation form texts without structure: kit/evaluation-form.yaml does not exist');
  }
}
