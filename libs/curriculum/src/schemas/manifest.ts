import { z } from 'zod';
import { isReleaseVersion } from '../release/version.js';
import { locale, slug, sourceRefSchema, text } from './common.js';

export const curriculumManifestSchema = z.strictObject({
  id: slug,
  version: z.string().refine(isReleaseVersion, 'must be a semantic version such as 1.0.0'),
  sourceLocale: locale,
  locales: z.array(locale).min(1),
  fallbacks: z.record(locale, z.array(locale)).optional(),
});
export type CurriculumManifest = z.infer<typeof curriculumManifestSchema>;

export const editionSchema = z.strictObject({
  id: slug,
  name: text,
  locales: z.array(locale).min(1),
  lccDefaults: z
    .strictObject({
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
      discountRate: z.number().min(-0.5).max(1),
      /** Where the rate comes from (the translation workspace requires it with a rate). */
      discountRateSource: sourceRefSchema,
    })
    .partial()
    .optional(),
});
export type EditionManifest = z.infer<typeof editionSchema>;
