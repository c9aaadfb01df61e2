import { dateTimeFormat } from './dateFormat';

const at = new Date(Date.UTC(2026, 2, 3, 13, 5));

describe('dateTimeFormat', () => {
  it('writes English dates day-month-year with a 24-hour clock, as EU readers expect', () => {
    expect(
      dateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(at),
    ).toBe('3 Mar 2026, 13:05');
    expect(
      dateTimeFormat('en', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(at),
    ).toBe('3 March 2026');
  });

  it('keeps each other language its own order and a 24-hour clock', () => {
    expect(dateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' }).format(at)).toBe(
      '3 maart 2026',
    );
    expect(
      dateTimeFormat('de', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(at),
    ).toBe('13:05');
    expect(dateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(at)).toBe(
      '3 mars 2026',
    );
  });
});
