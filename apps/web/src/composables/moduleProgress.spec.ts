import {
  formatDuration,
  minutesLeft,
  moduleNextRoute,
  moduleState,
  type ModuleProgressShape,
} from './moduleProgress';

const module = {
  slug: 'why',
  lessons: [
    { slug: 'a', minutes: 10 },
    { slug: 'b', minutes: 15 },
    { slug: 'c', minutes: 40 },
  ],
  quiz: { passMark: 0.8 },
};
const progress = (over: Partial<ModuleProgressShape> = {}): ModuleProgressShape => ({
  doneLessons: [],
  quizPassed: false,
  attemptsUsed: 0,
  attemptsAllowed: 3,
  ...over,
});

describe('a module on the course page', () => {
  it('has not started until a lesson is done or the quiz tried', () => {
    expect(moduleState(module, null)).toBe('not-started');
    expect(moduleState(module, progress())).toBe('not-started');
    expect(moduleState(module, progress({ attemptsUsed: 1 }))).toBe('in-progress');
    expect(moduleState(module, progress({ doneLessons: ['b'] }))).toBe('in-progress');
  });

  it('is done only when every lesson is read and the quiz passed', () => {
    const allRead = progress({ doneLessons: ['a', 'b', 'c'] });
    expect(moduleState(module, allRead)).toBe('in-progress');
    expect(moduleState(module, { ...allRead, quizPassed: true })).toBe('done');
    expect(moduleState({ ...module, quiz: null }, allRead)).toBe('done');
  });

  it('resumes at the first lesson not done, then the quiz, then nowhere', () => {
    expect(moduleNextRoute(module, null)).toEqual({
      name: 'lesson',
      params: { module: 'why', lesson: 'a' },
    });
    expect(moduleNextRoute(module, progress({ doneLessons: ['a', 'c'] }))).toEqual({
      name: 'lesson',
      params: { module: 'why', lesson: 'b' },
    });
    const allRead = progress({ doneLessons: ['a', 'b', 'c'] });
    expect(moduleNextRoute(module, allRead)).toEqual({
      name: 'module-quiz',
      params: { module: 'why' },
    });
    expect(moduleNextRoute(module, { ...allRead, attemptsUsed: 3 })).toBeNull();
    expect(moduleNextRoute(module, { ...allRead, attemptsAllowed: null, attemptsUsed: 9 })).toEqual(
      { name: 'module-quiz', params: { module: 'why' } },
    );
    expect(moduleNextRoute(module, { ...allRead, quizPassed: true })).toBeNull();
  });

  it('counts the minutes of the lessons still to read', () => {
    expect(minutesLeft(module, null)).toBe(65);
    expect(minutesLeft(module, progress({ doneLessons: ['c'] }))).toBe(25);
    expect(minutesLeft(module, progress({ doneLessons: ['a', 'b', 'c'] }))).toBe(0);
  });

  it('writes durations under an hour in minutes, longer ones in hours and minutes', () => {
    const t = (key: string, v: Record<string, number>) => `${key}:${JSON.stringify(v)}`;
    expect(formatDuration(t, 45)).toBe('ui.course.minutes:{"minutes":45}');
    expect(formatDuration(t, 125)).toBe('ui.course.hours:{"hours":2,"minutes":5}');
  });
});
