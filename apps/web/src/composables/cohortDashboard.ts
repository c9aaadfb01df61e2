import type { ApiProblem } from '../graphql/client';

export interface QuestionStat {
  key: string;
  prompt?: string | null;
  mostChosenWrongOptions?: string[] | null;
  answered: number;
  percentCorrect: number;
  mostChosenWrong: string | null;
  mostChosenWrongCount: number;
}

/** Worst first, so the host sees what to explain; ties: more answers first, then by key. */
export function worstQuestionsFirst<Q extends QuestionStat>(questions: readonly Q[]): Q[] {
  return [...questions].sort(
    (a, b) =>
      a.percentCorrect - b.percentCorrect || b.answered - a.answered || a.key.localeCompare(b.key),
  );
}

/** "module/question" → its two parts. */
export function splitQuestionKey(key: string): { module: string; question: string } {
  const at = key.indexOf('/');
  return at < 0
    ? { module: '', question: key }
    : { module: key.slice(0, at), question: key.slice(at + 1) };
}

/** A stuck reason as an i18n key and values: inactive, or failed-quiz:<module>. */
export function stuckReason(reason: string): { key: string; values: Record<string, string> } {
  if (reason.startsWith('failed-quiz:'))
    return { key: 'cohorts.dashboard.stuckFailedQuiz', values: { module: reason.slice(12) } };
  if (reason === 'inactive') return { key: 'cohorts.dashboard.stuckInactive', values: {} };
  return { key: 'cohorts.dashboard.stuckOther', values: { reason } };
}

export interface ChartPoint {
  x: number;
  y: number;
  label: string;
  value: number;
}

/** Cumulative lessons per week as points in a width × height box (y grows downwards). */
export function cumulativePoints(
  weeks: readonly { weekStart: string; lessonsCompleted: number }[],
  width: number,
  height: number,
): { points: ChartPoint[]; max: number } {
  let sum = 0;
  const totals = weeks.map((w) => ({ label: w.weekStart, value: (sum += w.lessonsCompleted) }));
  const max = Math.max(1, sum);
  const step = totals.length > 1 ? width / (totals.length - 1) : 0;
  return {
    max,
    points: totals.map((t, i) => ({
      x: Math.round(i * step * 10) / 10,
      y: Math.round((height - (t.value / max) * height) * 10) / 10,
      label: t.label,
      value: t.value,
    })),
  };
}

/** Translated message key for a problem from a cohort operation; branches on codes only. */
export function cohortProblemKey(
  problem: ApiProblem,
  context: 'join' | 'invitation' | 'checkIn' | 'general' = 'general',
): string {
  switch (problem.code) {
    case 'NOT_FOUND':
      return context === 'general' ? 'load.notFound' : `cohorts.errors.${context}NotFound`;
    case 'CONFLICT':
      return context === 'general'
        ? 'cohorts.errors.conflict'
        : `cohorts.errors.${context}Conflict`;
    case 'BAD_USER_INPUT':
      return 'cohorts.errors.badInput';
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return 'errors.forbidden';
    case 'NETWORK':
      return 'errors.network';
    case 'RATE_LIMITED':
      return 'cohorts.errors.rateLimited';
    default:
      return 'errors.unknown';
  }
}
