import type { ApiProblem } from '../graphql/client';

/**
 * A module the learner's cohort has not opened yet (FORBIDDEN, reason MODULE_LOCKED): the message
 * key and the opening moment in the reader's language, or null for any other problem.
 */
export function moduleLockedMessage(
  problem: ApiProblem | null,
  locale: string,
): { key: string; values: { date: string } } | null {
  if (problem?.code !== 'FORBIDDEN' || problem.reason !== 'MODULE_LOCKED') return null;
  const at = problem.unlocksAt ? new Date(problem.unlocksAt) : null;
  const date =
    at && !Number.isNaN(at.getTime())
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(at)
      : '';
  return {
    key: date ? 'load.moduleLocked.until' : 'load.moduleLocked.later',
    values: { date },
  };
}
