import { z } from 'zod';
import { slug, text, textMeta } from './common.js';

export const courseSchema = z.strictObject({
  slug,
  modules: z.array(slug).min(1),
  finalAssessment: slug.optional(),
  completion: z
    .strictObject({
      lessons: z.enum(['all', 'none']).optional(),
      moduleQuizzes: z.enum(['passed', 'none']).optional(),
      finalAssessment: z.enum(['passed', 'none']).optional(),
    })
    .optional(),
  certificate: z.boolean().optional(),
});
export type Course = z.infer<typeof courseSchema>;

export const courseTextSchema = z.strictObject({ title: text, summary: text, audience: text.optional(), ...textMeta });
export type CourseText = z.infer<typeof courseTextSchema>;
