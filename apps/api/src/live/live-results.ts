import {
  rankTableOffers,
  type LiveLccExercise,
  type LiveLccOffer,
  type LiveLccRankedTable,
} from './live-lcc.js';
import type { LiveResponse } from './live.entities.js';

export interface LiveResultsInput {
  kind: 'poll' | 'estimate' | 'words' | 'quiz' | 'ranking' | 'lcc';
  options: { id: string }[];
  answers: { response: LiveResponse; correct: boolean | null; tableNo?: number | null }[];
  /** Whether to count right answers (quiz, once revealed). */
  countCorrect: boolean;
  /** Group activities: the room's tables, index i = table i + 1. */
  tables?: (string | null)[];
  /** LCC exercise: the terms the tables' offers are computed on. */
  lcc?: LiveLccExercise | null;
}

export interface LiveResults {
  answerCount: number;
  options: { optionId: string; count: number }[];
  words: { word: string; count: number }[];
  ranking: { optionId: string; meanPosition: number }[];
  estimate: { min: number; max: number; median: number; mean: number } | null;
  correctCount: number | null;
  tables: { tableNo: number; label: string | null; answer: LiveAnswerView | null }[];
  /** LCC exercise: the tables that entered an offer, cheapest life-cycle cost first. */
  lccRanking: LiveLccRankedTable[];
}

export interface LiveAnswerView {
  choice: string | null;
  choices: string[] | null;
  number: number | null;
  text: string | null;
  order: string[] | null;
  offer: LiveLccOffer | null;
}

/** An answer as the API shows it: every field present, null when not given. */
export function answerView(response: LiveResponse): LiveAnswerView {
  return {
    choice: response.choice ?? null,
    choices: response.choices ?? null,
    number: response.number ?? null,
    text: response.text ?? null,
    order: response.order ?? null,
    offer: response.offer ?? null,
  };
}

/** The most distinct words a word cloud shows: a projector has room for about this many. */
export const MAX_CLOUD_WORDS = 50;

/** Words meet in the cloud whatever their case, spacing or surrounding punctuation. */
export function normaliseWord(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Anonymous results of one activity (for a group activity each answer is a table's): counts per
 * option (a multiple-answer question counts every option picked; every option listed, zeros included, in
 * the host's order), the word cloud (most frequent first, then alphabetical), the ranking (mean
 * position, 1 = first; ties keep the host's order) or the spread of estimates. Nothing in it says
 * who answered what.
 */
export function liveResults(input: LiveResultsInput): LiveResults {
  const { answers } = input;
  const options = input.options.map((o) => ({
    optionId: o.id,
    count: answers.filter((a) => a.response.choice === o.id || a.response.choices?.includes(o.id))
      .length,
  }));
  const counts = new Map<string, number>();
  for (const a of answers) {
    const word = a.response.text === undefined ? '' : normaliseWord(a.response.text);
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, MAX_CLOUD_WORDS);
  const numbers = answers
    .map((a) => a.response.number)
    .filter((n): n is number => typeof n === 'number')
    .sort((a, b) => a - b);
  let estimate: LiveResults['estimate'] = null;
  if (numbers.length) {
    const mid = Math.floor(numbers.length / 2);
    const median = numbers.length % 2 ? numbers[mid]! : (numbers[mid - 1]! + numbers[mid]!) / 2;
    estimate = {
      min: numbers[0]!,
      max: numbers[numbers.length - 1]!,
      median: round(median),
      mean: round(numbers.reduce((s, n) => s + n, 0) / numbers.length),
    };
  }
  const orders = answers.map((a) => a.response.order).filter((o): o is string[] => !!o);
  const ranking =
    input.kind === 'ranking' && orders.length
      ? input.options
          .map((o) => ({
            optionId: o.id,
            meanPosition: round(
              orders.reduce((sum, order) => sum + order.indexOf(o.id) + 1, 0) / orders.length,
            ),
          }))
          .sort((a, b) => a.meanPosition - b.meanPosition)
      : [];
  return {
    answerCount: answers.length,
    ranking,
    options: input.kind === 'poll' || input.kind === 'quiz' ? options : [],
    words,
    estimate,
    correctCount: input.countCorrect ? answers.filter((a) => a.correct === true).length : null,
    // A table's answer names the table, never the member who gave it.
    tables: (input.tables ?? []).map((label, i) => {
      const given = answers.find((a) => a.tableNo === i + 1);
      return { tableNo: i + 1, label, answer: given ? answerView(given.response) : null };
    }),
    lccRanking:
      input.kind === 'lcc' && input.lcc
        ? rankTableOffers(
            input.lcc,
            answers.flatMap((a) =>
              a.response.offer && a.tableNo
                ? [
                    {
                      tableNo: a.tableNo,
                      label: input.tables?.[a.tableNo - 1] ?? null,
                      offer: a.response.offer,
                    },
                  ]
                : [],
            ),
          )
        : [],
  };
}
