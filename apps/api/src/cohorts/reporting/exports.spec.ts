import { sessionStart } from './exports.service.js';

describe('session labels in exports', () => {
  it('labels an Amsterdam midnight session with its own day and time, not the previous UTC day', () => {
    expect(sessionStart('2026-03-01T23:00:00+00:00', 'Europe/Amsterdam')).toBe('2026-03-02 00:00');
  });

  it('uses the cohort’s zone across daylight saving time, on a 24-hour clock', () => {
    expect(sessionStart(new Date('2026-07-15T12:30:00Z'), 'Europe/Amsterdam')).toBe(
      '2026-07-15 14:30',
    );
    expect(sessionStart('2026-07-15T12:30:00Z', 'Europe/Helsinki')).toBe('2026-07-15 15:30');
  });
});
