import { z } from 'zod';
import { slug, sourceRefSchema, text, textMeta } from './common.js';

export const STRATEGIES = [
  'refuse', 'rethink', 'reduce', 'reuse', 'repair', 'refurbishment', 'remanufacture', 'repurpose',
  'recycling', 'recovery', 'product-as-a-service', 'leasing', 'buy-back', 'take-back', 'sharing', 'long-life',
] as const;

/** English practice case: the structured fields live here only. */
export const practiceSourceSchema = z.strictObject({
  title: text,
  organisation: text,
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as NL'),
  city: text.nullable().optional(),
  year: z.number().int().min(1950).max(2100),
  productGroup: slug,
  strategies: z.array(z.enum(STRATEGIES)).min(1),
  procedure: text.optional(),
  summary: text,
  results: text,
  lessons: text,
  sources: z.array(sourceRefSchema).optional(),
  tags: z.array(slug).optional(),
  ...textMeta,
});
export type PracticeFrontMatter = z.infer<typeof practiceSourceSchema>;

export const practiceTranslationSchema = z.strictObject({
  title: text,
  summary: text.optional(),
  results: text.optional(),
  lessons: text.optional(),
  ...textMeta,
});
export type PracticeTranslationFrontMatter = z.infer<typeof practiceTranslationSchema>;
