import { citeDrawnLetters, optionLetter } from './option-letters.js';

describe('citing options by the letters the learner saw', () => {
  it('letters options A, B, C in drawn order', () => {
    expect([0, 1, 2].map(optionLetter)).toEqual(['A', 'B', 'C']);
  });

  it('turns the author’s "(c)" into the drawn letter of option c', () => {
    const text =
      'They are not scored (c); negotiating them after award (d) would change the contract.';
    expect(citeDrawnLetters(text, ['d', 'c', 'a', 'b'])).toBe(
      'They are not scored (B); negotiating them after award (A) would change the contract.',
    );
  });

  it('keeps the authored letters, upper-cased, when the options are not shuffled', () => {
    expect(citeDrawnLetters('Ignoring other budgets (c) is the cause.', ['a', 'b', 'c'])).toBe(
      'Ignoring other budgets (C) is the cause.',
    );
  });

  it('rewrites lists of letters in any of the interface languages', () => {
    const order = ['c', 'b', 'a'];
    expect(citeDrawnLetters('fine (a, c are wrong).', order)).toBe('fine (C, A are wrong).');
    expect(citeDrawnLetters('goed (a en c zijn onjuist).', order)).toBe(
      'goed (C en A zijn onjuist).',
    );
    expect(citeDrawnLetters('bene (a e c sono errate).', order)).toBe('bene (C e A sono errate).');
  });

  it('rewrites "Option c" and leaves other letters and words alone', () => {
    const order = ['b', 'c', 'a', 'd'];
    expect(citeDrawnLetters('Option c has all five parts.', order)).toBe(
      'Option B has all five parts.',
    );
    expect(citeDrawnLetters("L'option c comporte", order)).toBe("L'option B comporte");
    expect(citeDrawnLetters('See (x) and a (b2) note, a plan (a bit late).', order)).toBe(
      'See (x) and a (b2) note, a plan (a bit late).',
    );
    expect(citeDrawnLetters('Article 72(1)(a) and Article 43(1)(a) apply.', order)).toBe(
      'Article 72(1)(a) and Article 43(1)(a) apply.',
    );
  });
});
