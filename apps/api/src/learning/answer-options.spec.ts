import type { DrawnQuestion } from '@academy/learning';
import { answerOptionProblems } from './answer-options.js';

const single: DrawnQuestion = { key: 'm/q1', bank: 'm', id: 'q1', optionOrder: ['b', 'a', 'c'] };
const numeric: DrawnQuestion = { key: 'm/q2', bank: 'm', id: 'q2', optionOrder: null };
const fields = (q: DrawnQuestion, answer: object) =>
  answerOptionProblems(q, { key: q.key, ...answer }).map((p) => `${p.field}: ${p.message}`);

describe('answerOptionProblems', () => {
  it('accepts option ids of the drawn question, in any number and order', () => {
    expect(fields(single, { choice: 'a' })).toEqual([]);
    expect(fields(single, { choices: ['c', 'b'] })).toEqual([]);
    expect(fields(single, { order: ['a', 'b', 'c'] })).toEqual([]);
    expect(fields(numeric, { number: 42 })).toEqual([]);
    expect(fields(numeric, { truth: true })).toEqual([]);
  });

  it('refuses free text, repeated options, and options for questions that have none', () => {
    expect(fields(single, { choice: 'Anything I like' })).toEqual([
      'answers.m/q1.choice: must name options of this question',
    ]);
    expect(fields(single, { choices: ['a', 'a'] })).toEqual([
      'answers.m/q1.choices: names an option more than once',
    ]);
    expect(fields(single, { order: ['a', 'b', 'x'] })).toEqual([
      'answers.m/q1.order: must name options of this question',
    ]);
    expect(fields(numeric, { choice: 'a' })).toEqual([
      'answers.m/q2.choice: this question has no options to choose from',
    ]);
  });
});
