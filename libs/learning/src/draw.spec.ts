import type { Question } from '@academy/curriculum';
import { drawAttempt, seededRandom, shuffle } from './draw.js';

const bank: Question[] = Array.from({ length: 12 }, (_, i) => ({
  id: `q${i}`,
  type: 'single',
  options: ['a', 'b', 'c', 'd'],
  answer: 'a',
}));
const ordering: Question = {
  id: 'ord',
  type: 'ordering',
  options: ['a', 'b', 'c'],
  answer: ['a', 'b', 'c'],
};

describe('drawAttempt', () => {
  it('draws the stated number of distinct questions from a bank', () => {
    const drawn = drawAttempt([{ bank: 'm', questions: bank, count: 8 }], {
      shuffleOptions: true,
      random: seededRandom(1),
    });
    expect(drawn).toHaveLength(8);
    expect(new Set(drawn.map((d) => d.key)).size).toBe(8);
    expect(drawn.every((d) => d.optionOrder?.slice().sort().join() === 'a,b,c,d')).toBe(true);
  });

  it('varies between seeds and repeats for the same seed', () => {
    const a = drawAttempt([{ bank: 'm', questions: bank, count: 8 }], {
      shuffleOptions: true,
      random: seededRandom(1),
    });
    const b = drawAttempt([{ bank: 'm', questions: bank, count: 8 }], {
      shuffleOptions: true,
      random: seededRandom(2),
    });
    const again = drawAttempt([{ bank: 'm', questions: bank, count: 8 }], {
      shuffleOptions: true,
      random: seededRandom(1),
    });
    expect(a).toEqual(again);
    expect(a.map((d) => d.key)).not.toEqual(b.map((d) => d.key));
  });

  it('keeps option order when shuffling is off, and never shows an ordering question solved', () => {
    const drawn = drawAttempt([{ bank: 'm', questions: [bank[0]!, ordering] }], {
      shuffleOptions: false,
      random: seededRandom(3),
    });
    expect(drawn[0]!.optionOrder).toEqual(['a', 'b', 'c', 'd']);
    for (let seed = 0; seed < 50; seed++) {
      const [, ord] = drawAttempt([{ bank: 'm', questions: [bank[0]!, ordering] }], {
        shuffleOptions: false,
        random: seededRandom(seed),
      });
      expect(ord!.optionOrder).not.toEqual(['a', 'b', 'c']);
    }
  });

  it('draws across banks for a final assessment', () => {
    const drawn = drawAttempt(
      [
        { bank: 'one', questions: bank, count: 3 },
        { bank: 'two', questions: bank, count: 2 },
      ],
      { shuffleOptions: true, random: seededRandom(9) },
    );
    expect(drawn.filter((d) => d.bank === 'one')).toHaveLength(3);
    expect(drawn.filter((d) => d.bank === 'two')).toHaveLength(2);
  });

  it('shuffles without losing items', () => {
    expect(shuffle([1, 2, 3, 4, 5], seededRandom(4)).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
