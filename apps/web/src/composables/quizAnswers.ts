import type { AnswerInput, QuizAttemptFieldsFragment } from '../graphql/generated';
import { formatLocaleNumber, parseLocaleNumber } from './localeNumber';

export type AttemptQuestion = QuizAttemptFieldsFragment['questions'][number];
type SavedAnswer = NonNullable<AttemptQuestion['answer']>;

/** What the learner has entered for one question; the field used depends on its type. */
export interface Draft {
  choice: string | null;
  choices: string[];
  truth: boolean | null;
  /** Exactly as typed, so "7.894," is kept while the learner is still typing. */
  numberText: string;
  order: string[];
}

/** A draft from the answer the server saved, or an empty one (ordering starts in drawn order). */
export function draftFrom(question: AttemptQuestion, locale: string): Draft {
  const saved: SavedAnswer | null = question.answer;
  const drawn = question.options.map((o) => o.id);
  const order =
    saved?.order?.length === drawn.length && drawn.every((id) => saved.order!.includes(id))
      ? [...saved.order]
      : drawn;
  return {
    choice: saved?.choice ?? null,
    choices: saved?.choices ? [...saved.choices] : [],
    truth: saved?.truth ?? null,
    numberText:
      saved?.number !== null && saved?.number !== undefined
        ? formatLocaleNumber(saved.number, locale)
        : '',
    order,
  };
}

/** The answer to send, or null while there is none (or the number cannot be read). */
export function toAnswerInput(
  question: AttemptQuestion,
  draft: Draft,
  locale: string,
): AnswerInput | null {
  const key = question.key;
  switch (question.type) {
    case 'single':
      return draft.choice ? { key, choice: draft.choice } : null;
    case 'multiple':
      return draft.choices.length ? { key, choices: [...draft.choices] } : null;
    case 'true-false':
      return draft.truth === null ? null : { key, truth: draft.truth };
    case 'numeric': {
      const number = parseLocaleNumber(draft.numberText, locale);
      return number === null ? null : { key, number };
    }
    case 'ordering':
      // The learner always sees an order, so there is always an answer to send.
      return { key, order: [...draft.order] };
    default:
      return null;
  }
}

/** A typed number that cannot be read: shown as an error, never sent. */
export function numberProblem(question: AttemptQuestion, draft: Draft, locale: string): boolean {
  return (
    question.type === 'numeric' &&
    draft.numberText.trim() !== '' &&
    parseLocaleNumber(draft.numberText, locale) === null
  );
}

export function answersFor(
  questions: AttemptQuestion[],
  drafts: Record<string, Draft>,
  locale: string,
): AnswerInput[] {
  return questions.flatMap((q) => {
    const draft = drafts[q.key];
    const answer = draft ? toAnswerInput(q, draft, locale) : null;
    return answer ? [answer] : [];
  });
}

/** Questions without a usable answer, for the "submit anyway?" confirmation. */
export function unansweredKeys(
  questions: AttemptQuestion[],
  drafts: Record<string, Draft>,
  locale: string,
): string[] {
  const answered = new Set(answersFor(questions, drafts, locale).map((a) => a.key));
  return questions.filter((q) => !answered.has(q.key)).map((q) => q.key);
}

/** Moves one item of an ordering up (-1) or down (+1); a move past either end changes nothing. */
export function moveItem(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  const next = [...order];
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function toggleChoice(choices: readonly string[], id: string, checked: boolean): string[] {
  const without = choices.filter((c) => c !== id);
  return checked ? [...without, id] : without;
}
