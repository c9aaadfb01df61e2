import type { Question } from '@academy/curriculum';
import { mulberry32, type Rng } from '@academy/lcc';

/** A question as drawn for one attempt: which question, and the order its options are shown in. */
export interface DrawnQuestion {
  /** `module/questionId`: unique across the banks a final assessment draws from. */
  key: string;
  bank: string;
  id: string;
  optionOrder: string[] | null;
  /** Inputs drawn for this attempt and the answer key computed for them (numeric LCC questions). */
  variant?: { values: Record<string, number>; answer: number };
}

export type Random = Rng;

/** Seeded PRNG so a draw can be reproduced in tests (the LCC engine's, one implementation). */
export const seededRandom = mulberry32;

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function optionOrder(q: Question, shuffleOptions: boolean, random: Random): string[] | null {
  if (q.type === 'true-false' || q.type === 'numeric') return null;
  if (q.type === 'ordering') {
    // Showing the items in the right order would give the answer away.
    let order = shuffle(q.options, random);
    for (let tries = 0; tries < 5 && order.join() === q.answer.join(); tries++)
      order = shuffle(q.options, random);
    return order;
  }
  return shuffleOptions ? shuffle(q.options, random) : [...q.options];
}

export interface DrawSource {
  /** Bank name: the module slug. */
  bank: string;
  questions: readonly Question[];
  /** How many to draw; all when undefined or larger than the bank. */
  count?: number;
}

/**
 * Draws an attempt: a random subset of each bank (all of it when no count), in random order
 * when anything was drawn at random, with options shuffled when the quiz says so.
 */
export function drawAttempt(
  sources: DrawSource[],
  options: {
    shuffleOptions: boolean;
    random: Random;
    /** Draws per-attempt inputs for a question that varies them (the caller knows the engine). */
    variant?: (q: Question, random: Random) => DrawnQuestion['variant'];
  },
): DrawnQuestion[] {
  const drawn: DrawnQuestion[] = [];
  let sampled = false;
  for (const source of sources) {
    const count = source.count ?? source.questions.length;
    const picked =
      count < source.questions.length
        ? shuffle(source.questions, options.random).slice(0, count)
        : [...source.questions];
    sampled ||= count < source.questions.length;
    for (const q of picked) {
      const variant = options.variant?.(q, options.random);
      drawn.push({
        key: `${source.bank}/${q.id}`,
        bank: source.bank,
        id: q.id,
        optionOrder: optionOrder(q, options.shuffleOptions, options.random),
        ...(variant ? { variant } : {}),
      });
    }
  }
  return sampled || sources.length > 1 ? shuffle(drawn, options.random) : drawn;
}
