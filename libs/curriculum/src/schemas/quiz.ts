import { z } from 'zod';
import { slug, text, textMeta } from './common.js';

const base = { id: slug, points: z.number().positive().optional() };
const optionIds = z.array(slug).min(2);

export const singleQuestionSchema = z.strictObject({ ...base, type: z.literal('single'), options: optionIds, answer: slug });
export const multipleQuestionSchema = z.strictObject({
  ...base,
  type: z.literal('multiple'),
  options: optionIds,
  answer: z.array(slug).min(1),
});
export const trueFalseQuestionSchema = z.strictObject({ ...base, type: z.literal('true-false'), answer: z.boolean() });
export const numericQuestionSchema = z
  .strictObject({
    ...base,
    type: z.literal('numeric'),
    answer: z.number(),
    tolerance: z.number().nonnegative().optional(),
    toleranceRelative: z.number().nonnegative().optional(),
    unit: text.optional(),
    lcc: z
      .strictObject({
        exercise: slug,
        output: text,
        /** Inputs drawn per attempt; the engine computes each attempt's answer key. */
        vary: z
          .array(z.strictObject({ name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a placeholder name such as rate'), path: text, min: z.number(), max: z.number(), step: z.number().positive(), format: z.enum(['number', 'percent']).optional() }))
          .min(1)
          .optional(),
      })
      .optional(),
  })
  .refine((q) => q.tolerance === undefined || q.toleranceRelative === undefined, {
    message: 'use either tolerance or toleranceRelative, not both',
    path: ['toleranceRelative'],
  });
export const orderingQuestionSchema = z.strictObject({
  ...base,
  type: z.literal('ordering'),
  options: optionIds,
  answer: z.array(slug).min(2),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  numericQuestionSchema,
  orderingQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];

export const quizSchema = z.strictObject({ questions: z.array(questionSchema).min(1) });
export type QuizBank = z.infer<typeof quizSchema>;

export const questionTextSchema = z.strictObject({
  prompt: text,
  options: z.record(slug, text).optional(),
  explanation: text.optional(),
});
export type QuestionText = z.infer<typeof questionTextSchema>;

export const quizTextSchema = z.strictObject({ questions: z.record(slug, questionTextSchema), ...textMeta });
export type QuizText = z.infer<typeof quizTextSchema>;

