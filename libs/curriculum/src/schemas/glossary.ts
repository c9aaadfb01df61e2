import { z } from 'zod';
import { slug, sourceRefSchema, text, textMeta } from './common.js';

/** `glossary/glossary.<locale>.yaml`: term id → display term + definition (see FORMAT-NOTES.md). */
export const glossarySchema = z.strictObject({
  terms: z.record(slug, z.strictObject({ term: text, definition: text, sources: z.array(sourceRefSchema).optional() })),
  ...textMeta,
});
export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryEntry = Glossary['terms'][string];
