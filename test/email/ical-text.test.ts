import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../shared/email/calendar';
import { foldedLine, icalDate, icalDateTime, icalText } from '../../shared/email/ical-text';

const octets = (line: string): number => Buffer.byteLength(line, 'utf8');

describe('iCalendar syntax (ours, in place of ical-generator)', () => {
  it('escapes TEXT: backslash, semicolon, comma, line breaks', () => {
    expect(icalText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('writes UTC DATE-TIME and DATE values whatever the process time zone', () => {
    const date = new Date('2019-04-09T14:05:09+01:00');
    expect(icalDateTime(date)).toBe('20190409T130509Z');
    expect(icalDate(new Date('2019-12-31T00:00:00Z'))).toBe('20191231');
  });

  it('folds at 75 octets, never inside a UTF-8 character, and unfolds to the line', () => {
    const line = `DESCRIPTION:${'é تأكيد '.repeat(30)}`;
    const folded = foldedLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldedLine('SHORT:x')).toBe('SHORT:x');
  });

  it('a calendar with every special character reads back the same through ical.js', () => {
    const summary = 'B2B: Karim, Benali; \\ تأكيد';
    const description = 'Line one\nLine two, with; comma — ' + 'long '.repeat(30);
    const ics = buildCalendar({
      method: 'REQUEST',
      name: 'TechDays; "x", y\\z',
      stamp: new Date('2019-03-20T10:00:00Z'),
      entries: [
        {
          uid: 'meeting.01HV@techdays.rendezvous',
          timing: { kind: 'instants', start: '2019-04-09T14:00:00+01:00', end: '2019-04-09T14:20:00+01:00' },
          summary,
          description,
          location: 'Table 7 – Logismed, Casablanca',
          organizer: { name: 'Org "quoted"', email: 'org@example.org' },
          attendees: [{ name: 'أمينة', email: 'amina@example.org', rsvp: true, status: 'needs-action' }],
        },
      ],
    });
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    // NAME (RFC 7986) and X-WR-CALNAME are TEXT: escaped like any other (ical-generator left them raw).
    expect(ics).toContain('\r\nNAME:TechDays\\; "x"\\, y\\\\z\r\nX-WR-CALNAME:TechDays\\; "x"\\, y\\\\z\r\n');
    const entry = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(entry.summary).toBe(summary);
    expect(entry.description).toBe(description);
    expect(entry.location).toBe('Table 7 – Logismed, Casablanca');
    expect(entry.startDate.toJSDate().toISOString()).toBe('2019-04-09T13:00:00.000Z');
    expect(entry.organizer).toBe('mailto:org@example.org');
    const attendee = entry.attendees[0]!;
    expect([attendee.getParameter('cn'), attendee.getParameter('partstat'), attendee.getParameter('rsvp')]).toEqual(['أمينة', 'NEEDS-ACTION', 'TRUE']);
  });
});
