import { courseCompletion, nextLesson } from './completion.js';

const rules = { lessons: 'all', moduleQuizzes: 'passed', finalAssessment: 'passed' } as const;
const base = {
  lessons: ['m1/a', 'm1/b', 'm2/c'],
  lessonsDone: new Set<string>(),
  quizModules: ['m1', 'm2'],
  quizzesPassed: new Set<string>(),
  hasFinalAssessment: true,
  finalAssessmentPassed: false,
};

describe('courseCompletion', () => {
  it('lists what is missing in study order', () => {
    expect(courseCompletion(rules, { ...base, lessonsDone: new Set(['m1/a']) }).missing).toEqual([
      'lesson:m1/b',
      'lesson:m2/c',
      'quiz:m1',
      'quiz:m2',
      'final-assessment',
    ]);
  });

  it('is complete when every rule is met, including extra rules', () => {
    const done = {
      ...base,
      lessonsDone: new Set(base.lessons),
      quizzesPassed: new Set(['m1', 'm2']),
      finalAssessmentPassed: true,
    };
    expect(courseCompletion(rules, done).complete).toBe(true);
    expect(
      courseCompletion(rules, { ...done, extra: [{ rule: 'attendance', met: false }] }).missing,
    ).toEqual(['rule:attendance']);
    expect(
      courseCompletion({ lessons: 'none', moduleQuizzes: 'none', finalAssessment: 'none' }, base)
        .complete,
    ).toBe(true);
  });
});

describe('nextLesson', () => {
  it('resumes after the last visited lesson, wrapping to skipped ones', () => {
    expect(nextLesson(['a', 'b', 'c'], new Set(['a']), 'a')).toBe('b');
    expect(nextLesson(['a', 'b', 'c'], new Set(['b', 'c']), 'c')).toBe('a');
    expect(nextLesson(['a', 'b'], new Set(['a', 'b']), 'b')).toBeNull();
    expect(nextLesson(['a', 'b'], new Set(), null)).toBe('a');
  });
});
