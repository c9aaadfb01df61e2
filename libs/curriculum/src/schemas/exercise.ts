import { z } from 'zod';
import { slug, text, textMeta } from './common.js';

/**
 * What the curriculum itself relies on in an LCC scenario (ids, currency, period, rate, offers); every
 * other field is kept as written. The validator also checks the file against `lccScenarioSchema` from
 * `@academy/lcc`, which owns the full scenario rules.
 */
export const exerciseSchema = z.looseObject({
  id: slug,
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
  periodYears: z.number().int().positive().max(100),
  discountRate: z.number().min(-0.5).max(1),
  offers: z.array(z.looseObject({ id: slug })).min(1),
});
export type ExerciseScenario = z.infer<typeof exerciseSchema>;

export const exerciseTextSchema = z.strictObject({
  title: text,
  context: text,
  offers: z.record(slug, text),
  question: text.optional(),
  ...textMeta,
});
export type ExerciseText = z.infer<typeof exerciseTextSchema>;
