import type { Question } from '@academy/curriculum';

/** A learner's answer to one question; the field used depends on the question type. */
export interface Response {
  choice?: string | null;
  choices?: string[] | null;
  truth?: boolean | null;
  number?: number | null;
  order?: string[] | null;
}

export interface QuestionResult {
  /** Points earned, between 0 and `max`. */
  score: number;
  max: number;
  correct: boolean;
  answered: boolean;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Grades one question. Partial credit rules (shown to learners in the quiz help):
 * - multiple choice: (right options chosen − wrong options chosen) ÷ number of right options,
 *   never below 0, so ticking everything earns nothing;
 * - ordering: the share of items in their correct position;
 * - numeric: correct when within the tolerance (absolute, or relative to the answer), else 0;
 * - single choice and true/false: all or nothing.
 */
export function gradeQuestion(
  q: Question,
  r: Response | undefined,
  variantAnswer?: number,
): QuestionResult {
  if (q.type === 'numeric' && variantAnswer !== undefined) q = { ...q, answer: variantAnswer };
  const max = q.points ?? 1;
  const result = (fraction: number, answered: boolean): QuestionResult => ({
    score: round(max * Math.max(0, Math.min(1, fraction))),
    max,
    correct: fraction >= 1,
    answered,
  });
  switch (q.type) {
    case 'single':
      return result(r?.choice === q.answer ? 1 : 0, !!r?.choice);
    case 'true-false':
      return result(r?.truth === q.answer ? 1 : 0, typeof r?.truth === 'boolean');
    case 'multiple': {
      const chosen = new Set((r?.choices ?? []).filter((c) => q.options.includes(c)));
      const right = q.answer.filter((a) => chosen.has(a)).length;
      const wrong = [...chosen].filter((c) => !q.answer.includes(c)).length;
      return result((right - wrong) / q.answer.length, chosen.size > 0);
    }
    case 'numeric': {
      const x = r?.number;
      if (typeof x !== 'number' || !Number.isFinite(x)) return result(0, false);
      const tolerance =
        q.toleranceRelative !== undefined
          ? Math.abs(q.answer) * q.toleranceRelative
          : (q.tolerance ?? 0);
      // A tiny epsilon so a tolerance of 0.01 accepts 0.01 despite binary floating point.
      return result(
        Math.abs(x - q.answer) <= tolerance + 1e-9 * Math.max(1, Math.abs(q.answer)) ? 1 : 0,
        true,
      );
    }
    case 'ordering': {
      const order = r?.order ?? [];
      const inPlace = q.answer.filter((item, i) => order[i] === item).length;
      return result(inPlace / q.answer.length, order.length > 0);
    }
  }
}

export interface AttemptScore {
  score: number;
  maxScore: number;
  /** 0..1 */
  fraction: number;
  passed: boolean;
}

export function scoreAttempt(results: QuestionResult[], passMark: number): AttemptScore {
  const score = round(results.reduce((s, r) => s + r.score, 0));
  const maxScore = round(results.reduce((s, r) => s + r.max, 0));
  const fraction = maxScore === 0 ? 0 : round(score / maxScore);
  return { score, maxScore, fraction, passed: fraction + 1e-9 >= passMark };
}

/** The attempt that counts under the quiz's policy: the best, or the latest. */
export function countingAttempt<T extends { fraction: number; submittedAt: Date }>(
  attempts: T[],
  policy: 'best' | 'last' = 'best',
): T | null {
  if (attempts.length === 0) return null;
  const byTime = [...attempts].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  if (policy === 'last') return byTime[byTime.length - 1]!;
  return byTime.reduce((best, a) => (a.fraction > best.fraction ? a : best));
}
