import {
  answersFor,
  draftFrom,
  moveItem,
  numberProblem,
  toAnswerInput,
  toggleChoice,
  unansweredKeys,
  type AttemptQuestion,
} from './quizAnswers';

const question = (
  key: string,
  type: string,
  answer: AttemptQuestion['answer'] = null,
  options = ['a', 'b', 'c'],
): AttemptQuestion => ({
  key,
  type,
  prompt: key,
  unit: type === 'numeric' ? 'EUR' : null,
  options:
    type === 'numeric' || type === 'true-false'
      ? []
      : options.map((id) => ({ id, text: `Option ${id}` })),
  text: { shownLocale: 'en', fellBack: false },
  answer,
  feedback: null,
});
const none = { choice: null, choices: null, truth: null, number: null, order: null };

describe('quiz answer state', () => {
  it('starts empty, with an ordering in the drawn order', () => {
    const d = draftFrom(question('m/o', 'ordering'), 'en');
    expect(d).toEqual({
      choice: null,
      choices: [],
      truth: null,
      numberText: '',
      order: ['a', 'b', 'c'],
    });
  });

  it('restores saved answers, numbers in the learner’s format', () => {
    expect(
      draftFrom(question('m/n', 'numeric', { ...none, number: 7894.09 }), 'nl').numberText,
    ).toBe('7.894,09');
    expect(draftFrom(question('m/s', 'single', { ...none, choice: 'b' }), 'en').choice).toBe('b');
    expect(
      draftFrom(question('m/o', 'ordering', { ...none, order: ['c', 'a', 'b'] }), 'en').order,
    ).toEqual(['c', 'a', 'b']);
    // A saved order that does not fit the options is ignored rather than trusted.
    expect(draftFrom(question('m/o', 'ordering', { ...none, order: ['x'] }), 'en').order).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('turns drafts into the answer fields of each type', () => {
    const base = draftFrom(question('k', 'single'), 'en');
    expect(toAnswerInput(question('k', 'single'), { ...base, choice: 'c' }, 'en')).toEqual({
      key: 'k',
      choice: 'c',
    });
    expect(
      toAnswerInput(question('k', 'multiple'), { ...base, choices: ['a', 'c'] }, 'en'),
    ).toEqual({ key: 'k', choices: ['a', 'c'] });
    expect(toAnswerInput(question('k', 'true-false'), { ...base, truth: false }, 'en')).toEqual({
      key: 'k',
      truth: false,
    });
    expect(
      toAnswerInput(question('k', 'numeric'), { ...base, numberText: '23.811,01' }, 'de'),
    ).toEqual({ key: 'k', number: 23811.01 });
    expect(toAnswerInput(question('k', 'ordering'), base, 'en')).toEqual({
      key: 'k',
      order: ['a', 'b', 'c'],
    });
  });

  it('counts empty and unreadable answers as unanswered, never sending them', () => {
    const qs = [
      question('s', 'single'),
      question('n', 'numeric'),
      question('t', 'true-false'),
      question('o', 'ordering'),
    ];
    const drafts = Object.fromEntries(qs.map((q) => [q.key, draftFrom(q, 'en')]));
    drafts.n = { ...drafts.n!, numberText: '12abc' };
    drafts.t = { ...drafts.t!, truth: true };
    expect(unansweredKeys(qs, drafts, 'en')).toEqual(['s', 'n']);
    expect(answersFor(qs, drafts, 'en').map((a) => a.key)).toEqual(['t', 'o']);
    expect(numberProblem(qs[1]!, drafts.n!, 'en')).toBe(true);
    expect(numberProblem(qs[1]!, { ...drafts.n!, numberText: '' }, 'en')).toBe(false);
  });

  it('moves ordering items up and down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('toggles choices without duplicates', () => {
    expect(toggleChoice(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleChoice(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleChoice(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
