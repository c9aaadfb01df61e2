import ICAL from 'ical.js';
import { buildCalendar, type CalendarEvent } from './calendar.js';

const kickOff: CalendarEvent = {
  uid: 'abc@academy',
  start: new Date('2025-05-01T12:00:00Z'),
  end: new Date('2025-05-01T15:30:00Z'),
  summary: 'Kick-off; LCC, part 1',
  location: 'Town hall, room 2',
  url: 'https://meet.example/x',
  description: 'Modules: intro, lcc\nBring a laptop \\ charger',
};
const stamp = new Date('2025-04-01T00:00:00Z');

/** Parses the text back with an independent parser (ical.js), as a calendar client would. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startIsUtc: event.startDate.zone?.tzid === 'UTC',
      sequence: event.sequence,
      status: v.getFirstPropertyValue('status'),
      url: v.getFirstPropertyValue('url'),
      stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
    };
  });
  return { calendar, events };
}

describe('iCalendar output (RFC 5545)', () => {
  it('reads back as the sessions it was built from: text escaped, instants in UTC', () => {
    const { calendar, events } = parse(buildCalendar('Cohort, one', [kickOff], stamp));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Circular Procurement Academy//Cohorts//EN',
    );
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Cohort, one');
    expect(events).toEqual([
      {
        uid: 'abc@academy',
        summary: 'Kick-off; LCC, part 1',
        location: 'Town hall, room 2',
        description: 'Modules: intro, lcc\nBring a laptop \\ charger',
        start: '2025-05-01T12:00:00.000Z',
        end: '2025-05-01T15:30:00.000Z',
        startIsUtc: true,
        sequence: 0,
        status: 'CONFIRMED',
        url: 'https://meet.example/x',
        stamp: '2025-04-01T00:00:00.000Z',
      },
    ]);
  });

  it('keeps the instant of sessions around a daylight-saving change', () => {
    // 01:30 in Amsterdam on 30 March 2025 is the last half hour of winter time (CET, +01:00).
    const start = new Date('2025-03-30T01:30:00+01:00');
    const end = new Date('2025-03-30T03:30:00+02:00'); // one hour later, in summer time
    const ics = buildCalendar('DST', [{ ...kickOff, start, end }], stamp);
    expect(ics).toContain('\r\nDTSTART:20250330T003000Z\r\n');
    const [event] = parse(ics).events;
    expect(event).toMatchObject({ start: start.toISOString(), end: end.toISOString() });
    expect(Date.parse(event!.end) - Date.parse(event!.start)).toBe(60 * 60 * 1000);
  });

  it('marks a cancelled session CANCELLED with a higher SEQUENCE, so clients replace their copy', () => {
    const before = parse(buildCalendar('C', [{ ...kickOff, sequence: 2 }], stamp)).events[0]!;
    const after = parse(buildCalendar('C', [{ ...kickOff, sequence: 3, cancelled: true }], stamp))
      .events[0]!;
    expect(before).toMatchObject({ status: 'CONFIRMED', sequence: 2 });
    expect(after).toMatchObject({ uid: before.uid, status: 'CANCELLED', sequence: 3 });
  });

  it('writes CRLF lines folded at 75 octets, without splitting a UTF-8 character', () => {
    const summary = `Café ${'é'.repeat(60)} — 🌍 ${'ß'.repeat(30)}`;
    const ics = buildCalendar('Folding', [{ ...kickOff, summary }], stamp);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(parse(ics).events[0]!.summary).toBe(summary);
  });

  it('writes an empty calendar for a cohort without sessions', () => {
    const { calendar, events } = parse(buildCalendar('Empty', [], stamp));
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Empty');
  });
});
