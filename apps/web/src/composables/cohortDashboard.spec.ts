import {
  cohortProblemKey,
  cumulativePoints,
  splitQuestionKey,
  stuckReason,
  worstQuestionsFirst,
} from './cohortDashboard';

const q = (key: string, percentCorrect: number, answered = 10) => ({
  key,
  percentCorrect,
  answered,
  mostChosenWrong: null,
  mostChosenWrongCount: 0,
});

describe('cohort dashboard helpers', () => {
  it('sorts questions worst first', () => {
    expect(
      worstQuestionsFirst([q('m/a', 90), q('m/b', 20), q('m/c', 20, 30), q('m/d', 55)]).map(
        (x) => x.key,
      ),
    ).toEqual(['m/c', 'm/b', 'm/d', 'm/a']);
  });

  it('splits question keys and names stuck reasons', () => {
    expect(splitQuestionKey('why-circular/q3')).toEqual({ module: 'why-circular', question: 'q3' });
    expect(splitQuestionKey('q3')).toEqual({ module: '', question: 'q3' });
    expect(stuckReason('inactive').key).toBe('cohorts.dashboard.stuckInactive');
    expect(stuckReason('failed-quiz:lcc')).toEqual({
      key: 'cohorts.dashboard.stuckFailedQuiz',
      values: { module: 'lcc' },
    });
    expect(stuckReason('new-thing').values).toEqual({ reason: 'new-thing' });
  });

  it('plots cumulative lessons per week', () => {
    const { points, max } = cumulativePoints(
      [
        { weekStart: '2026-03-02', lessonsCompleted: 2 },
        { weekStart: '2026-03-09', lessonsCompleted: 0 },
        { weekStart: '2026-03-16', lessonsCompleted: 2 },
      ],
      200,
      100,
    );
    expect(max).toBe(4);
    expect(points.map((p) => [p.x, p.y, p.value])).toEqual([
      [0, 50, 2],
      [100, 50, 2],
      [200, 0, 4],
    ]);
    expect(cumulativePoints([], 200, 100)).toEqual({ points: [], max: 1 });
  });

  it('chooses messages by error code and context', () => {
    const p = (code: string) => ({ code, message: 'server text', fields: [] });
    expect(cohortProblemKey(p('NOT_FOUND'), 'join')).toBe('cohorts.errors.joinNotFound');
    expect(cohortProblemKey(p('CONFLICT'), 'invitation')).toBe('cohorts.errors.invitationConflict');
    expect(cohortProblemKey(p('CONFLICT'))).toBe('cohorts.errors.conflict');
    expect(cohortProblemKey(p('NOT_FOUND'))).toBe('load.notFound');
    expect(cohortProblemKey(p('NETWORK'), 'checkIn')).toBe('errors.network');
    expect(cohortProblemKey(p('???'))).toBe('errors.unknown');
  });
});
