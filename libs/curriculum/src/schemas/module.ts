import { z } from 'zod';
import { fraction, positiveInt, slug, text, textMeta } from './common.js';

export const quizSettingsSchema = z.strictObject({
  questionsPerAttempt: positiveInt.optional(),
  passMark: fraction,
  maxAttempts: positiveInt.optional(),
  policy: z.enum(['best', 'last']).optional(),
  shuffleOptions: z.boolean().optional(),
  feedback: z.enum(['after-submit', 'after-pass', 'never']).optional(),
  timeLimitMinutes: positiveInt.optional(),
});
export type QuizSettings = z.infer<typeof quizSettingsSchema>;

export const moduleSchema = z.strictObject({
  slug,
  lessons: z.array(slug).min(1),
  quiz: quizSettingsSchema.optional(),
});
export type ModuleStructure = z.infer<typeof moduleSchema>;

export const moduleTextSchema = z.strictObject({ title: text, summary: text, ...textMeta });
export type ModuleText = z.infer<typeof moduleTextSchema>;
