import { liveAnswerText } from './liveAnswer';

const activity = {
  options: [
    { id: 'a', label: 'Reuse' },
    { id: 'b', label: 'Repair' },
  ],
};
const none = { choice: null, choices: null, number: null, text: null, order: null, offer: null };
const fmt = (n: number) => n.toLocaleString('de-DE');

describe('liveAnswerText', () => {
  it('names the options chosen, in order for a ranking', () => {
    expect(liveAnswerText(activity, { ...none, choice: 'b' }, fmt)).toBe('Repair');
    expect(liveAnswerText(activity, { ...none, choices: ['a', 'b'] }, fmt)).toBe('Reuse, Repair');
    expect(liveAnswerText(activity, { ...none, order: ['b', 'a'] }, fmt)).toBe(
      '1. Repair 2. Reuse',
    );
  });

  it('formats numbers for the reader and keeps zero; no answer is empty', () => {
    expect(liveAnswerText(activity, { ...none, number: 1234.5 }, fmt)).toBe('1.234,5');
    expect(liveAnswerText(activity, { ...none, number: 0 }, fmt)).toBe('0');
    expect(liveAnswerText(activity, { ...none, text: 'reuse' }, fmt)).toBe('reuse');
    expect(liveAnswerText(activity, null, fmt)).toBe('');
  });

  it('gives an LCC offer as its three figures', () => {
    const offer = { purchase: 120000, yearlyCost: 0, endOfLifeValue: 8000.5 };
    expect(liveAnswerText(activity, { ...none, offer }, fmt)).toBe('120.000 / 0 / 8.000,5');
  });
});
