import { dateTimeFormat } from './dateFormat';
/** Session times are entered and shown in the cohort's time zone, whatever the device's zone. */

/** Wall-clock parts of an instant in a time zone. */
function zonedParts(
  date: Date,
  timeZone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone);
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
    Math.floor(instant / 1000) * 1000
  );
}

/**
 * The UTC ISO instant of a wall-clock date ("YYYY-MM-DD") and time ("HH:MM") in a time zone.
 * Two passes settle the offset around daylight-saving changes; null for malformed input.
 */
export function zonedToUtcIso(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return null;
  try {
    let guess = wall - offsetAt(wall, timeZone);
    guess = wall - offsetAt(guess, timeZone);
    return new Date(guess).toISOString();
  } catch {
    return null;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date and time inputs' values for an instant shown in a time zone. */
export function isoToZonedInputs(iso: string, timeZone: string): { date: string; time: string } {
  const p = zonedParts(new Date(iso), timeZone);
  return {
    date: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
    time: `${pad(p.hour)}:${pad(p.minute)}`,
  };
}

/** "Tuesday 3 March 2026, 13:00–17:00" in the reader's language, in the cohort's zone. */
export function formatSessionRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale: string,
): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const day = dateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = dateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const sameDay = day.format(start) === day.format(end);
  return sameDay
    ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}

/** A date-time in the reader's language (for announcements and outbox messages). */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A calendar date ("YYYY-MM-DD", no zone) in the reader's language. */
export function formatDay(day: string, locale: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!d) return day;
  return dateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))));
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** IANA zones for the select, with the chosen one always present. */
export function timeZoneOptions(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = ['UTC', 'Europe/Amsterdam', 'Europe/Berlin', 'Europe/Brussels', 'Europe/London'];
  }
  return zones.includes(current) ? zones : [current, ...zones];
}
