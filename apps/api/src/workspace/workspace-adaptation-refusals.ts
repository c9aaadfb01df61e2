import type { hiddenLessonConflicts } from '@academy/curriculum';
import { AppError, ErrorCode } from '../common/errors.js';
import type { WorkspaceAdaptationEntity } from './workspace-adaptation.entity.js';

/** `extensions.reason` of the refusals the web app explains in its own words. */
export const ADAPTATION_INVALID = 'ADAPTATION_INVALID';
export const ADAPTATION_CHANGED = 'ADAPTATION_CHANGED';
export const DISCOUNT_RATE_SOURCE_REQUIRED = 'DISCOUNT_RATE_SOURCE_REQUIRED';
export const LESSON_QUIZ_DRAWN = 'LESSON_QUIZ_DRAWN';

export function refuseErrors(
  problems: { line: number; message: string; severity: string }[],
): void {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length)
    throw new AppError(
      ErrorCode.BadUserInput,
      `The file does not validate: ${errors.length} error(s). ${errors[0]!.line}: ${errors[0]!.message}`,
      {
        reason: ADAPTATION_INVALID,
        problems: errors,
        fields: errors.map((p) => ({ field: `line ${p.line}`, message: p.message })),
      },
    );
}

export function changed(row: WorkspaceAdaptationEntity | null): AppError {
  return new AppError(
    ErrorCode.Conflict,
    'Someone changed this file since you opened it. Their version is shown; apply your change again.',
    { reason: ADAPTATION_CHANGED, version: row?.version ?? 0, text: row?.text ?? null },
  );
}

export function badPath(path: string, why: string): AppError {
  return new AppError(ErrorCode.BadUserInput, `"${path}": ${why}.`, {
    fields: [{ field: 'path', message: why }],
  });
}

export function discountRateSourceRequired(): AppError {
  return new AppError(
    ErrorCode.BadUserInput,
    'A discount rate needs its source: name the document the rate comes from.',
    {
      reason: DISCOUNT_RATE_SOURCE_REQUIRED,
      fields: [{ field: 'discountRateSource', message: 'required with a discount rate' }],
    },
  );
}

type HiddenLessonConflict = ReturnType<typeof hiddenLessonConflicts>[number];

export function lessonQuizDrawn(
  module: string,
  lesson: string,
  conflict: HiddenLessonConflict,
): AppError {
  return new AppError(
    ErrorCode.BadUserInput,
    `The lesson cannot be hidden: its quiz questions would still be drawn (${conflict.questions.join(', ')}).`,
    {
      reason: LESSON_QUIZ_DRAWN,
      module,
      lesson,
      questions: conflict.questions,
      drawnBy: conflict.drawnBy,
      problems: [{ line: conflict.line, message: conflict.message, severity: 'error' }],
    },
  );
}
