import { z } from 'zod';
import { positiveInt, sourceRefSchema, text, textMeta } from './common.js';

/** English lesson front matter: everything required except `sources`, which a rule checks with a clearer message. */
export const lessonSourceSchema = z.strictObject({
  title: text,
  minutes: positiveInt,
  objectives: z.array(text).min(1),
  sources: z.array(sourceRefSchema).optional(),
  ...textMeta,
});
/** Translations may repeat or omit the structured fields; the English ones apply. */
export const lessonTranslationSchema = lessonSourceSchema.partial().extend({ title: text });
export type LessonFrontMatter = z.infer<typeof lessonTranslationSchema>;

export const hostNotesSourceSchema = z.strictObject({
  title: text,
  durationMinutes: positiveInt,
  participants: z.union([z.string().regex(/^\d+(-\d+)?$/, 'must be a number or a range such as 30-40'), positiveInt]),
  ...textMeta,
});
export const hostNotesTranslationSchema = hostNotesSourceSchema.partial().extend({ title: text });
export type HostNotesFrontMatter = z.infer<typeof hostNotesTranslationSchema>;
