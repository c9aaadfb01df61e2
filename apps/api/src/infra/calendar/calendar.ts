import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/**
 * One event of an RFC 5545 calendar. Times are instants and are written in UTC, which every
 * client shows in its own time zone (no VTIMEZONE needed, no daylight-saving ambiguity).
 */
export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  url?: string | null;
  description?: string | null;
  /**
   * A cancelled session stays in the feed as STATUS:CANCELLED: a client that imported the event
   * (rather than subscribing to the feed) only removes it when told so.
   */
  cancelled?: boolean;
  /** SEQUENCE (default 0): raise it on every change, a cancellation included, or clients keep their copy. */
  sequence?: number;
  /** LAST-MODIFIED, when known. */
  updatedAt?: Date | null;
}

/** The calendar as iCalendar text (ical-generator: escaping, CRLF, lines folded at 75 octets). */
export function buildCalendar(name: string, events: CalendarEvent[], now = new Date()): string {
  const calendar = ical({
    name,
    prodId: { company: 'Circular Procurement Academy', product: 'Cohorts', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      stamp: now,
      start: e.start,
      end: e.end,
      summary: e.summary,
      location: e.location ?? null,
      url: e.url ?? null,
      description: e.description ?? null,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: e.sequence ?? 0,
      lastModified: e.updatedAt ?? null,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one included.
  return `${calendar.toString()}\r\n`;
}
