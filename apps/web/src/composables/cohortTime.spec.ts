import {
  formatDay,
  formatSessionRange,
  isoToZonedInputs,
  timeZoneOptions,
  zonedToUtcIso,
} from './cohortTime';

describe('cohort time zones', () => {
  it('turns wall-clock time in the cohort zone into UTC, across daylight saving', () => {
    expect(zonedToUtcIso('2026-01-15', '13:00', 'Europe/Amsterdam')).toBe(
      '2026-01-15T12:00:00.000Z',
    );
    expect(zonedToUtcIso('2026-07-15', '13:00', 'Europe/Amsterdam')).toBe(
      '2026-07-15T11:00:00.000Z',
    );
    expect(zonedToUtcIso('2026-03-29', '09:30', 'Europe/Berlin')).toBe('2026-03-29T07:30:00.000Z');
    expect(zonedToUtcIso('2026-07-15', '09:00', 'America/New_York')).toBe(
      '2026-07-15T13:00:00.000Z',
    );
    expect(zonedToUtcIso('2026-07-15', '09:00', 'UTC')).toBe('2026-07-15T09:00:00.000Z');
  });

  // Europe/Amsterdam: clocks go 02:00 → 03:00 on Sunday 29 March 2026 and 03:00 → 02:00 on
  // Sunday 25 October 2026 (01:00 UTC both times).
  it('reads times around the spring change in the offset that applies then', () => {
    expect(zonedToUtcIso('2026-03-29', '01:59', 'Europe/Amsterdam')).toBe(
      '2026-03-29T00:59:00.000Z',
    );
    expect(zonedToUtcIso('2026-03-29', '03:00', 'Europe/Amsterdam')).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(zonedToUtcIso('2026-03-28', '23:30', 'Europe/Amsterdam')).toBe(
      '2026-03-28T22:30:00.000Z',
    );
    expect(zonedToUtcIso('2026-03-30', '00:00', 'Europe/Amsterdam')).toBe(
      '2026-03-29T22:00:00.000Z',
    );
  });

  it('moves a time that does not exist in spring forward by the gap', () => {
    // 02:30 is skipped; the session starts at 03:30 summer time.
    const iso = zonedToUtcIso('2026-03-29', '02:30', 'Europe/Amsterdam')!;
    expect(iso).toBe('2026-03-29T01:30:00.000Z');
    expect(isoToZonedInputs(iso, 'Europe/Amsterdam')).toEqual({
      date: '2026-03-29',
      time: '03:30',
    });
  });

  it('reads a time that happens twice in autumn after the change, and keeps the hours apart', () => {
    expect(zonedToUtcIso('2026-10-25', '01:30', 'Europe/Amsterdam')).toBe(
      '2026-10-24T23:30:00.000Z',
    );
    expect(zonedToUtcIso('2026-10-25', '02:30', 'Europe/Amsterdam')).toBe(
      '2026-10-25T01:30:00.000Z',
    );
    expect(zonedToUtcIso('2026-10-25', '03:00', 'Europe/Amsterdam')).toBe(
      '2026-10-25T02:00:00.000Z',
    );
    // Both 02:30s show as 02:30 on the same day.
    expect(isoToZonedInputs('2026-10-25T00:30:00.000Z', 'Europe/Amsterdam')).toEqual({
      date: '2026-10-25',
      time: '02:30',
    });
    expect(isoToZonedInputs('2026-10-25T01:30:00.000Z', 'Europe/Amsterdam')).toEqual({
      date: '2026-10-25',
      time: '02:30',
    });
  });

  it('keeps a midnight session on its own day in the cohort zone, whatever the season', () => {
    expect(zonedToUtcIso('2026-03-29', '00:00', 'Europe/Amsterdam')).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(zonedToUtcIso('2026-10-26', '00:00', 'Europe/Amsterdam')).toBe(
      '2026-10-25T23:00:00.000Z',
    );
    expect(isoToZonedInputs('2026-10-25T22:00:00.000Z', 'Europe/Amsterdam')).toEqual({
      date: '2026-10-25',
      time: '23:00',
    });
    expect(zonedToUtcIso('2026-03-08', '02:30', 'America/New_York')).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('refuses malformed dates, times and zones', () => {
    expect(zonedToUtcIso('15-07-2026', '09:00', 'UTC')).toBeNull();
    expect(zonedToUtcIso('2026-07-15', '9', 'UTC')).toBeNull();
    expect(zonedToUtcIso('2026-07-15', '09:00', 'Mars/Olympus')).toBeNull();
  });

  it('fills the edit form in the cohort zone, and round-trips', () => {
    expect(isoToZonedInputs('2026-07-15T11:00:00.000Z', 'Europe/Amsterdam')).toEqual({
      date: '2026-07-15',
      time: '13:00',
    });
    expect(isoToZonedInputs('2026-07-15T23:30:00.000Z', 'Europe/Amsterdam')).toEqual({
      date: '2026-07-16',
      time: '01:30',
    });
    const back = isoToZonedInputs(
      zonedToUtcIso('2026-10-25', '08:15', 'Europe/Amsterdam')!,
      'Europe/Amsterdam',
    );
    expect(back).toEqual({ date: '2026-10-25', time: '08:15' });
  });

  it('formats a session in the cohort zone and the reader language', () => {
    expect(
      formatSessionRange(
        '2026-03-03T12:00:00Z',
        '2026-03-03T16:00:00Z',
        'Europe/Amsterdam',
        'en-GB',
      ),
    ).toMatch(/^Tuesday,? 3 March 2026, 13:00–17:00$/);
    expect(
      formatSessionRange('2026-03-03T12:00:00Z', '2026-03-03T16:00:00Z', 'Europe/Amsterdam', 'nl'),
    ).toBe('dinsdag 3 maart 2026, 13:00–17:00');
    expect(
      formatSessionRange('2026-03-03T12:00:00Z', '2026-03-04T12:00:00Z', 'UTC', 'en-GB'),
    ).toMatch(/^Tuesday,? 3 March 2026, 12:00 – Wednesday,? 4 March 2026, 12:00$/);
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
