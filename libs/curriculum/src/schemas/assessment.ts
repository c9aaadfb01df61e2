import { z } from 'zod';
import { fraction, positiveInt, slug, text, textMeta } from './common.js';

export const assessmentSchema = z.strictObject({
  id: slug,
  passMark: fraction,
  maxAttempts: positiveInt.optional(),
  timeLimitMinutes: positiveInt.optional(),
  shuffleOptions: z.boolean().optional(),
  draw: z.array(z.strictObject({ module: slug, count: positiveInt })).min(1),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const assessmentTextSchema = z.strictObject({ title: text, instructions: text, ...textMeta });
export type AssessmentText = z.infer<typeof assessmentTextSchema>;
