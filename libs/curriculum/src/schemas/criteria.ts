import { z } from 'zod';
import { slug, sourceRefSchema, text, textMeta } from './common.js';

export const CRITERION_TYPES = ['selection', 'specification', 'award', 'contract-clause'] as const;
export const CRITERION_LEVELS = ['basic', 'ambitious'] as const;

export const criteriaSetSchema = z.strictObject({
  group: slug,
  sources: z.array(sourceRefSchema).optional(),
  criteria: z.array(z.strictObject({ id: slug, type: z.enum(CRITERION_TYPES), level: z.enum(CRITERION_LEVELS) })).min(1),
});
export type CriteriaSet = z.infer<typeof criteriaSetSchema>;

export const criteriaTextSchema = z.strictObject({
  title: text,
  scope: text,
  criteria: z.record(slug, z.strictObject({ text, verification: text.optional() })),
  ...textMeta,
});
export type CriteriaText = z.infer<typeof criteriaTextSchema>;
