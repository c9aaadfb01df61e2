import { TZDate } from '@date-fns/tz';
import { dateTimeFormat } from './dateFormat';
/** Session times are entered and shown in the cohort's time zone, whatever the device's zone. */

/**
 * The UTC ISO instant of a wall-clock date ("YYYY-MM-DD") and time ("HH:MM") in a time zone;
 * null for malformed input or an unknown zone. Around daylight-saving changes @date-fns/tz decides:
 * a time skipped in spring moves forward by the gap, a repeated autumn time is read after the change.
 */
export function zonedToUtcIso(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const zoned = TZDate.tz(
    timeZone,
    Number(d[1]),
    Number(d[2]) - 1,
    Number(d[3]),
    Number(t[1]),
    Number(t[2]),
  );
  const instant = zoned.getTime();
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date and time inputs' values for an instant shown in a time zone. */
export function isoToZonedInputs(iso: string, timeZone: string): { date: string; time: string } {
  const z = new TZDate(iso, timeZone);
  return {
    date: `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`,
    time: `${pad(z.getHours())}:${pad(z.getMinutes())}`,
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
