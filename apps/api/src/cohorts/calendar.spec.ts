import { buildCalendar, escapeText, foldLine, utcStamp } from './calendar.js';

describe('iCalendar output (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('writes instants in UTC', () => {
    expect(utcStamp(new Date('2025-03-30T01:30:00+02:00'))).toBe('20250329T233000Z');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line); // unfolds to the original
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('builds a calendar with UID, DTSTAMP, DTSTART/DTEND in UTC, SUMMARY and LOCATION, CRLF-terminated', () => {
    const ics = buildCalendar(
      'Cohort, one',
      [{ uid: 'abc@academy', start: new Date('2025-05-01T12:00:00Z'), end: new Date('2025-05-01T15:30:00Z'), summary: 'Kick-off; LCC', location: 'Town hall, room 2', url: 'https://meet.example/x' }],
      new Date('2025-04-01T00:00:00Z'),
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics).toContain('\r\nUID:abc@academy\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20250401T000000Z\r\n');
    expect(ics).toContain('\r\nDTSTART:20250501T120000Z\r\nDTEND:20250501T153000Z\r\n');
    expect(ics).toContain('\r\nSUMMARY:Kick-off\\; LCC\r\n');
    expect(ics).toContain('\r\nLOCATION:Town hall\\, room 2\r\n');
    expect(ics).toContain('\r\nURL:https://meet.example/x\r\n');
    expect(ics).toContain('X-WR-CALNAME:Cohort\\, one');
  });
});
