import { formatDay, formatSessionRange, isoToZonedInputs, timeZoneOptions, zonedToUtcIso } from './cohortTime';

describe('cohort time zones', () => {
  it('turns wall-clock time in the cohort zone into UTC, across daylight saving', () => {
    expect(zonedToUtcIso('2026-01-15', '13:00', 'Europe/Amsterdam')).toBe('2026-01-15T12:00:00.000Z');
    expect(zonedToUtcIso('2026-07-15', '13:00', 'Europe/Amsterdam')).toBe('2026-07-15T11:00:00.000Z');
    expect(zonedToUtcIso('2026-03-29', '09:30', 'Europe/Berlin')).toBe('2026-03-29T07:30:00.000Z');
    expect(zonedToUtcIso('2026-07-15', '09:00', 'America/New_York')).toBe('2026-07-15T13:00:00.000Z');
    expect(zonedToUtcIso('2026-07-15', '09:00', 'UTC')).toBe('2026-07-15T09:00:00.000Z');
  });

  it('refuses malformed dates, times and zones', () => {
    expect(zonedToUtcIso('15-07-2026', '09:00', 'UTC')).toBeNull();
    expect(zonedToUtcIso('2026-07-15', '9', 'UTC')).toBeNull();
    expect(zonedToUtcIso('2026-07-15', '09:00', 'Mars/Olympus')).toBeNull();
  });

  it('fills the edit form in the cohort zone, and round-trips', () => {
    expect(isoToZonedInputs('2026-07-15T11:00:00.000Z', 'Europe/Amsterdam')).toEqual({ date: '2026-07-15', time: '13:00' });
    expect(isoToZonedInputs('2026-07-15T23:30:00.000Z', 'Europe/Amsterdam')).toEqual({ date: '2026-07-16', time: '01:30' });
    const back = isoToZonedInputs(zonedToUtcIso('2026-10-25', '08:15', 'Europe/Amsterdam')!, 'Europe/Amsterdam');
    expect(back).toEqual({ date: '2026-10-25', time: '08:15' });
  });

  it('formats a session in the cohort zone and the reader language', () => {
    expect(formatSessionRange('2026-03-03T12:00:00Z', '2026-03-03T16:00:00Z', 'Europe/Amsterdam', 'en-GB')).toMatch(/^Tuesday,? 3 March 2026, 13:00–17:00$/);
    expect(formatSessionRange('2026-03-03T12:00:00Z', '2026-03-03T16:00:00Z', 'Europe/Amsterdam', 'nl')).toBe('dinsdag 3 maart 2026, 13:00–17:00');
    expect(formatSessionRange('2026-03-03T12:00:00Z', '2026-03-04T12:00:00Z', 'UTC', 'en-GB')).toMatch(/^Tuesday,? 3 March 2026, 12:00 – Wednesday,? 4 March 2026, 12:00$/);
  });

  it('formats cohort dates without shifting the day', () => {
    expect(formatDay('2026-03-01', 'de')).toBe('1. März 2026');
    expect(formatDay('nonsense', 'de')).toBe('nonsense');
  });

  it('offers the IANA zones, keeping the current one', () => {
    expect(timeZoneOptions('Europe/Amsterdam')).toContain('Europe/Amsterdam');
    expect(timeZoneOptions('Etc/Custom')[0]).toBe('Etc/Custom');
  });
});
