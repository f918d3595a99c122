import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, CalendarError, calendarUid, type CalendarInput } from '../../shared/email/calendar';
import type { Language } from '../../shared/events/event-definition';
import { createTranslator } from '../../shared/email/i18n/create-translator';
import { registrationCalendar, registrationUid } from '../../shared/email/registration-calendar';
import { loadEveryRendering, renderEmail } from '../../shared/email/render-email';
import { event, message, NOW, REGISTRATION_ID } from './fixtures';

// Rendering is synchronous once the kinds and catalogues are loaded (the mailer loads the one it sends).
await loadEveryRendering();

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events };
}

function icsOf(language: Language, now = NOW): string {
  const rendered = renderEmail(message('registration-confirmed', language), event, { now });
  const attachment = rendered.attachments[0];
  if (!attachment) throw new Error('no attachment');
  return attachment.content;
}

const DOMAIN = 'techdays-casablanca-2019.rendezvous';

describe('registration calendar', () => {
  it('parses with ical.js as a PUBLISH calendar with one VEVENT for the event and one per chosen item', () => {
    const { calendar, events } = parse(icsOf('en'));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events.map((entry) => entry.uid)).toEqual([
      `registration.${REGISTRATION_ID}@${DOMAIN}`,
      `registration.${REGISTRATION_ID}.training-industry-4-0@${DOMAIN}`,
      `registration.${REGISTRATION_ID}.visit-mascir@${DOMAIN}`,
      `registration.${REGISTRATION_ID}.visit-esith@${DOMAIN}`,
    ]);
    expect(events.map((entry) => entry.uid)).toEqual([
      registrationUid(event, REGISTRATION_ID),
      ...['training-industry-4-0', 'visit-mascir', 'visit-esith'].map((id) => registrationUid(event, REGISTRATION_ID, id)),
    ]);
  });

  it('gives the programme items their exact instants (UTC, no floating times)', () => {
    const { events } = parse(icsOf('fr'));
    const mascir = events.find((entry) => entry.uid.includes('.visit-mascir@'));
    expect(mascir?.startDate.zone?.tzid).toBe('UTC');
    expect(mascir?.startDate.toJSDate().toISOString()).toBe(new Date('2019-04-11T09:00:00+01:00').toISOString());
    expect(mascir?.endDate.toJSDate().toISOString()).toBe(new Date('2019-04-11T11:00:00+01:00').toISOString());
    const training = events.find((entry) => entry.uid.includes('.training-industry-4-0@'));
    expect(training?.startDate.toJSDate().getTime()).toBe(Date.parse('2019-04-10T09:00:00+01:00'));
  });

  it('makes the event itself an all-day entry from the first to the last day, not blocking time', () => {
    const { events } = parse(icsOf('en'));
    const whole = events[0];
    expect(whole?.startDate.isDate).toBe(true);
    expect(whole?.startDate.toString()).toBe('2019-04-09');
    expect(whole?.endDate.toString()).toBe('2019-04-12'); // DTEND of a DATE event is exclusive
    expect(whole?.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(events[1]?.component.getFirstPropertyValue('transp')).toBe('OPAQUE');
  });

  it.each([
    ['fr', '#TechDays THE NEXT SOCIETY Maroc', 'Visite de la Fondation MAScIR – #TechDays THE NEXT SOCIETY Maroc', 'Logismed, Casablanca, Maroc'],
    ['en', '#TechDays THE NEXT SOCIETY Morocco', 'Site visit: MAScIR Foundation – #TechDays THE NEXT SOCIETY Morocco', 'Logismed, Casablanca, Morocco'],
    ['ar', '#TechDays THE NEXT SOCIETY المغرب', 'زيارة مؤسسة MAScIR – #TechDays THE NEXT SOCIETY المغرب', 'Logismed، Casablanca، المغرب'],
  ] as const)('has SUMMARY and LOCATION in %s', (language, eventSummary, itemSummary, location) => {
    const { events } = parse(icsOf(language));
    expect(events[0]?.summary).toBe(eventSummary);
    expect(events.find((entry) => entry.uid.includes('.visit-mascir@'))?.summary).toBe(itemSummary);
    for (const entry of events) expect(entry.location).toBe(location);
  });

  it('keeps the same UIDs on every re-send, with a new DTSTAMP', () => {
    const first = parse(icsOf('en', new Date('2019-03-01T00:00:00Z'))).events;
    const again = parse(icsOf('ar', new Date('2019-03-05T00:00:00Z'))).events;
    expect(again.map((entry) => entry.uid)).toEqual(first.map((entry) => entry.uid));
    expect(again[0]?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2019-03-05T00:00:00Z');
    expect(first.every((entry) => entry.sequence === 0)).toBe(true);
  });

  it('leaves the secret manage link out of the calendar', () => {
    expect(icsOf('en')).not.toContain('token=');
  });

  it('gives promoted registrations the same calendar', () => {
    const promoted = renderEmail(message('registration-promoted', 'en'), event, { now: NOW }).attachments[0]?.content ?? '';
    expect(parse(promoted).events.map((entry) => entry.uid)).toEqual(parse(icsOf('en')).events.map((entry) => entry.uid));
  });

  it('can be built directly, without rendering an email', () => {
    const attachment = registrationCalendar({ event, registrationId: REGISTRATION_ID, items: [], i18n: createTranslator('en'), stamp: NOW });
    expect(parse(attachment.content).events).toHaveLength(1);
  });
});

describe('calendar helper', () => {
  const organizer = { name: 'THE NEXT SOCIETY', email: 'welcome@thenextsociety.co' };
  const meeting = (overrides: Partial<CalendarInput> = {}): CalendarInput => ({
    method: 'REQUEST',
    stamp: NOW,
    entries: [
      {
        uid: calendarUid('meeting', ['01HVMEETING'], DOMAIN),
        timing: { kind: 'instants', start: '2019-04-09T14:00:00+01:00', end: '2019-04-09T14:20:00+01:00' },
        summary: 'B2B meeting',
        location: 'Table 7',
        sequence: 2,
        organizer,
        attendees: [
          { name: 'Eve "the\r\nquoted" \\ one', email: 'eve@example.com', rsvp: true, status: 'needs-action' },
          { name: 'Bob', email: 'bob@example.com', status: 'accepted' },
        ],
      },
    ],
    ...overrides,
  });

  it('builds a meeting REQUEST with SEQUENCE, ORGANIZER and ATTENDEEs that ical.js parses', () => {
    const { calendar, events } = parse(buildCalendar(meeting()));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const entry = events[0];
    expect(entry?.sequence).toBe(2);
    expect(entry?.organizer.toLowerCase()).toBe('mailto:welcome@thenextsociety.co');
    const attendees = entry?.attendees ?? [];
    expect(attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toEqual(['mailto:eve@example.com', 'mailto:bob@example.com']);
    expect(attendees[0]?.getParameter('cn')).toBe("Eve 'the quoted' one");
    expect(attendees[0]?.getParameter('rsvp')).toBe('TRUE');
    expect(attendees[1]?.getParameter('partstat')).toBe('ACCEPTED');
    expect(entry?.startDate.toJSDate().toISOString()).toBe('2019-04-09T13:00:00.000Z');
  });

  it('builds an empty PUBLISH calendar (an agenda with nothing in it yet), still with a component, but no empty invitation', () => {
    const { calendar, events } = parse(buildCalendar({ method: 'PUBLISH', stamp: NOW, entries: [] }));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toEqual([]);
    // RFC 5545: a VCALENDAR holds at least one component; a UTC zone that nothing refers to.
    expect(calendar.getAllSubcomponents().map((component) => component.name)).toEqual(['vtimezone']);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('UTC');
    expect(() => buildCalendar({ method: 'REQUEST', stamp: NOW, entries: [] })).toThrow(CalendarError);
  });

  it('marks CANCEL events cancelled', () => {
    const { calendar, events } = parse(buildCalendar(meeting({ method: 'CANCEL' })));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(events[0]?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('refuses REQUEST/CANCEL without an organizer, bad addresses, duplicate UIDs and bad UID parts', () => {
    const base = meeting();
    const entry = base.entries[0];
    if (!entry) throw new Error('fixture');
    expect(() => buildCalendar({ ...base, entries: [{ ...entry, organizer: undefined }] })).toThrow(CalendarError);
    expect(() => buildCalendar({ ...base, entries: [{ ...entry, attendees: [{ email: 'eve@example.com\r\nX: y' }] }] })).toThrow(CalendarError);
    expect(() => buildCalendar({ ...base, entries: [entry, entry] })).toThrow(/unique/);
    expect(() => calendarUid('registration', ['a.b'], DOMAIN)).toThrow(CalendarError);
    expect(() => calendarUid('registration', ['a b'], DOMAIN)).toThrow(CalendarError);
    expect(() => buildCalendar({ ...base, entries: [{ ...entry, sequence: -1 }] })).toThrow(/SEQUENCE/);
  });

  it('keeps text values on one property line (no injected properties)', () => {
    const base = meeting({ method: 'PUBLISH' });
    const entry = base.entries[0];
    if (!entry) throw new Error('fixture');
    const ics = buildCalendar({ ...base, entries: [{ ...entry, summary: 'Hi\r\nATTENDEE:mailto:x@y.z', description: 'a\r\nEND:VEVENT' }] });
    const { events } = parse(ics);
    expect(events).toHaveLength(1);
    expect(events[0]?.attendees).toHaveLength(2);
    expect(events[0]?.summary).toBe('Hi ATTENDEE:mailto:x@y.z');
    expect(events[0]?.description).toBe('a\nEND:VEVENT');
  });
});
