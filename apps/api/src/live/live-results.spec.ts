import { liveResults, normaliseWord } from './live-results.js';

const poll = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('live results', () => {
  it('counts a poll per option in the host’s order, zeros included', () => {
    const r = liveResults({
      kind: 'poll',
      options: poll,
      answers: [{ choice: 'b' }, { choice: 'b' }, { choice: 'a' }].map((response) => ({
        response,
        correct: null,
      })),
      countCorrect: false,
    });
    expect(r.answerCount).toBe(3);
    expect(r.options).toEqual([
      { optionId: 'a', count: 1 },
      { optionId: 'b', count: 2 },
      { optionId: 'c', count: 0 },
    ]);
    expect(r.correctCount).toBeNull();
  });

  it('joins words across case, spacing and punctuation, most frequent first', () => {
    expect(normaliseWord('  Re-use!! ')).toBe('re-use');
    const r = liveResults({
      kind: 'words',
      options: [],
      answers: [
        'Reuse',
        'reuse.',
        'Repair',
        ' REUSE ',
        'circular  economy',
        'Circular economy',
      ].map((text) => ({ response: { text }, correct: null })),
      countCorrect: false,
    });
    expect(r.words).toEqual([
      { word: 'reuse', count: 3 },
      { word: 'circular economy', count: 2 },
      { word: 'repair', count: 1 },
    ]);
  });

  it('spreads estimates: an even count takes the mean of the middle two as median', () => {
    const r = liveResults({
      kind: 'estimate',
      options: [],
      answers: [1200, 800, 950, 4000].map((number) => ({ response: { number }, correct: null })),
      countCorrect: false,
    });
    expect(r.estimate).toEqual({ min: 800, max: 4000, median: 1075, mean: 1737.5 });
  });

  it('ranks options by mean position, ties in the host’s order', () => {
    const r = liveResults({
      kind: 'ranking',
      options: poll,
      answers: [
        ['b', 'a', 'c'],
        ['b', 'c', 'a'],
        ['a', 'b', 'c'],
        ['c', 'a', 'b'],
      ].map((order) => ({ response: { order }, correct: null })),
      countCorrect: false,
    });
    expect(r.ranking).toEqual([
      { optionId: 'b', meanPosition: 1.75 },
      { optionId: 'a', meanPosition: 2 },
      { optionId: 'c', meanPosition: 2.25 },
    ]);
    expect(r.options).toEqual([]);
  });

  it('counts right quiz answers only when asked (after reveal)', () => {
    const answers = [
      { response: { choice: 'b' }, correct: true },
      { response: { choice: 'a' }, correct: false },
    ];
    const hidden = liveResults({ kind: 'quiz', options: poll, answers, countCorrect: false });
    expect(hidden.correctCount).toBeNull();
    const shown = liveResults({ kind: 'quiz', options: poll, answers, countCorrect: true });
    expect(shown.correctCount).toBe(1);
  });
});
