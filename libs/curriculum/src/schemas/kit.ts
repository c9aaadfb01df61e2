import { z } from 'zod';
import { slug, sourceRefSchema, text, textMeta } from './common.js';

/**
 * The workshop kit (docs/decisions/0017-workshop-kit-format.md): per module, slides
 * (`kit/slides.<locale>.md`) and cards (`kit/cards.yaml` + `kit/cards.<locale>.yaml`); per
 * curriculum, an evaluation form and a train-the-trainer guide under `kit/`.
 */
export const CARD_KINDS = ['role', 'bid', 'canvas', 'handout'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Slides front matter. English carries the sources; translations may omit them. */
export const slidesSourceSchema = z.strictObject({
  title: text,
  sources: z.array(sourceRefSchema).optional(),
  ...textMeta,
});
export const slidesTranslationSchema = slidesSourceSchema.partial().extend({ title: text });
export type SlidesFrontMatter = z.infer<typeof slidesTranslationSchema>;

/** Card structure (once per module): ids, kinds, the boxes of a canvas or worksheet, sources. */
export const kitCardsSchema = z.strictObject({
  sources: z.array(sourceRefSchema).optional(),
  cards: z
    .array(z.strictObject({ id: slug, kind: z.enum(CARD_KINDS), boxes: z.array(slug).min(1).optional() }))
    .min(1),
});
export type KitCards = z.infer<typeof kitCardsSchema>;

/** Card texts: plain text (blank line = new paragraph, `- ` = bullet), box labels by box id. */
export const kitCardsTextSchema = z.strictObject({
  title: text,
  cards: z.record(slug, z.strictObject({ title: text, text: text.optional(), boxes: z.record(slug, text).optional() })),
  ...textMeta,
});
export type KitCardsText = z.infer<typeof kitCardsTextSchema>;

export const EVALUATION_QUESTION_TYPES = ['scale', 'text'] as const;
export const evaluationFormSchema = z.strictObject({
  questions: z.array(z.strictObject({ id: slug, type: z.enum(EVALUATION_QUESTION_TYPES) })).min(1),
});
export type EvaluationForm = z.infer<typeof evaluationFormSchema>;

export const evaluationFormTextSchema = z.strictObject({
  title: text,
  intro: text,
  scale: z.strictObject({ low: text, high: text }),
  questions: z.record(slug, text),
  ...textMeta,
});
export type EvaluationFormText = z.infer<typeof evaluationFormTextSchema>;

export const guideSourceSchema = z.strictObject({
  title: text,
  sources: z.array(sourceRefSchema).optional(),
  ...textMeta,
});
export const guideTranslationSchema = guideSourceSchema.partial().extend({ title: text });
export type GuideFrontMatter = z.infer<typeof guideTranslationSchema>;
