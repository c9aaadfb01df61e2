import type { Question } from '@academy/curriculum';
import { countingAttempt, gradeQuestion, scoreAttempt } from './grade.js';

const single: Question = { id: 's', type: 'single', options: ['a', 'b', 'c'], answer: 'b' };
const multiple: Question = {
  id: 'm',
  type: 'multiple',
  options: ['a', 'b', 'c', 'd'],
  answer: ['a', 'c'],
};
const tf: Question = { id: 't', type: 'true-false', answer: false };
const numeric: Question = { id: 'n', type: 'numeric', answer: 69171.31, tolerance: 1, unit: 'EUR' };
const relative: Question = { id: 'r', type: 'numeric', answer: 200, toleranceRelative: 0.05 };
const ordering: Question = {
  id: 'o',
  type: 'ordering',
  options: ['a', 'b', 'c', 'd'],
  answer: ['c', 'a', 'd', 'b'],
};

describe('gradeQuestion', () => {
  it('grades single choice all or nothing', () => {
    expect(gradeQuestion(single, { choice: 'b' })).toEqual({
      score: 1,
      max: 1,
      correct: true,
      answered: true,
    });
    expect(gradeQuestion(single, { choice: 'a' }).score).toBe(0);
    expect(gradeQuestion(single, undefined)).toMatchObject({ score: 0, answered: false });
  });

  it('gives multiple choice right-minus-wrong partial credit, never below zero', () => {
    expect(gradeQuestion(multiple, { choices: ['a', 'c'] }).score).toBe(1);
    expect(gradeQuestion(multiple, { choices: ['a'] }).score).toBe(0.5);
    expect(gradeQuestion(multiple, { choices: ['a', 'b'] }).score).toBe(0);
    expect(gradeQuestion(multiple, { choices: ['a', 'b', 'c', 'd'] }).score).toBe(0);
    expect(gradeQuestion(multiple, { choices: ['b', 'd'] }).score).toBe(0);
    expect(gradeQuestion(multiple, { choices: ['a', 'c', 'zz'] }).score).toBe(1); // unknown ids ignored
  });

  it('grades true/false', () => {
    expect(gradeQuestion(tf, { truth: false }).correct).toBe(true);
    expect(gradeQuestion(tf, { truth: true }).correct).toBe(false);
  });

  it('accepts numbers within an absolute or relative tolerance', () => {
    expect(gradeQuestion(numeric, { number: 69172.31 }).correct).toBe(true);
    expect(gradeQuestion(numeric, { number: 69172.32 }).correct).toBe(false);
    expect(gradeQuestion(numeric, { number: 69170.31 }).correct).toBe(true);
    expect(gradeQuestion(relative, { number: 210 }).correct).toBe(true);
    expect(gradeQuestion(relative, { number: 210.5 }).correct).toBe(false);
    expect(gradeQuestion(numeric, { number: Number.NaN })).toMatchObject({
      score: 0,
      answered: false,
    });
  });

  it('gives ordering credit for each item in its place', () => {
    expect(gradeQuestion(ordering, { order: ['c', 'a', 'd', 'b'] }).score).toBe(1);
    expect(gradeQuestion(ordering, { order: ['c', 'a', 'b', 'd'] }).score).toBe(0.5);
    expect(gradeQuestion(ordering, { order: ['a', 'b', 'c', 'd'] }).score).toBe(0);
  });

  it('weights by points', () => {
    expect(gradeQuestion({ ...single, points: 3 }, { choice: 'b' })).toMatchObject({
      score: 3,
      max: 3,
    });
  });
});

describe('scoreAttempt and policies', () => {
  it('passes at exactly the pass mark', () => {
    const results = [1, 1, 1, 1, 0].map((s) => ({
      score: s,
      max: 1,
      correct: s === 1,
      answered: true,
    }));
    expect(scoreAttempt(results, 0.8)).toEqual({
      score: 4,
      maxScore: 5,
      fraction: 0.8,
      passed: true,
    });
    expect(scoreAttempt(results, 0.81).passed).toBe(false);
  });

  it('counts the best or the last attempt', () => {
    const attempts = [
      { fraction: 0.9, submittedAt: new Date('2026-01-01') },
      { fraction: 0.5, submittedAt: new Date('2026-01-02') },
    ];
    expect(countingAttempt(attempts, 'best')?.fraction).toBe(0.9);
    expect(countingAttempt(attempts, 'last')?.fraction).toBe(0.5);
    expect(countingAttempt([], 'best')).toBeNull();
  });
});

describe('numeric questions with drawn inputs', () => {
  it('grades against the answer computed for the attempt, not the exercise default', () => {
    expect(gradeQuestion(numeric, { number: 500 }, 500.4).correct).toBe(true);
    expect(gradeQuestion(numeric, { number: 69171.31 }, 500.4).correct).toBe(false);
  });
});
