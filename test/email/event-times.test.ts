import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../shared/email/format';
import type { AgendaEntry } from '../../shared/email/email-message';
import { loadEveryRendering, renderEmail } from '../../shared/email/render-email';
import { EventDefinition } from '../../shared/events/event-definition';
import { localDate, localTime } from '../../shared/events/local-date';
import { languageLayouts } from '../../shared/email/i18n/language-settings';
import { event as techDays, meetingMessage, NOW } from './fixtures';
import { bare, visibleText } from './text-helpers';

/**
 * Event times read as the data writes them (docs/web.md, "Event times"), whatever the tz database
 * at hand says of the offset: tzdata 2026c (Node 24) moves Africa/Casablanca to +00:00 from
 * 2026-09-20, so a November 2026 slot written 14:40+01:00 read 13:40 in an email, while Debian's
 * Chromium (older data) showed 14:40 in the page. Europe/London is +00:00 in January in every
 * database: data written +01:00 there disagrees with any Node.
 */

await loadEveryRendering();

/** TechDays, its days moved to `days` (first three of them) and its zone set, the data's +01:00 offsets kept. */
function moved(timeZone: string, days: readonly [string, string, string]): EventDefinition {
  const json = JSON.stringify(techDays).replaceAll('2019-04-09', days[0]).replaceAll('2019-04-10', days[1]).replaceAll('2019-04-11', days[2]);
  return EventDefinition.parse({ ...JSON.parse(json), timeZone });
}

const CASES = [
  { timeZone: 'Africa/Casablanca', days: ['2026-11-10', '2026-11-11', '2026-11-12'], day: 'Tuesday 10 November' },
  { timeZone: 'Europe/London', days: ['2030-01-08', '2030-01-09', '2030-01-10'], day: 'Tuesday 8 January' },
] as const;

describe.each(CASES)('an event in $timeZone with times written +01:00', ({ timeZone, days, day }) => {
  const event = moved(timeZone, days);
  const agenda: AgendaEntry[] = [
    { kind: 'programme', id: 'opening-ceremony', start: `${days[0]}T09:30:00+01:00`, end: `${days[0]}T10:30:00+01:00` },
    { kind: 'meeting', id: 'd1-1420', start: `${days[0]}T14:20:00+01:00`, end: `${days[0]}T14:40:00+01:00`, table: 7, counterpart: 'Karim Benali (Atlas Robotics)', meetingRequestId: '01HVD5E6F7G8H9J0K1M2N3P4Q5' },
  ];

  it('shows a proposed slot at the time written, with the written offset, in both parts of the email', () => {
    const rendered = renderEmail(meetingMessage('meeting-requested', 'en', { proposedSlotIds: ['d1-1440'] }), event, { now: NOW });
    for (const part of [bare(rendered.text), bare(visibleText(rendered.html))]) {
      expect(part).toContain(`${day}, 14:40–15:00`);
      expect(part).toContain('(UTC+01:00).');
    }
  });

  it('shows the agenda at the times written, and its .ics says the same instants in UTC', () => {
    const rendered = renderEmail(meetingMessage('agenda-reminder', 'en', { entries: agenda }), event, { now: NOW });
    const text = bare(rendered.text);
    expect(text).toContain(`${day}, 09:30–10:30`);
    expect(text).toContain(`${day}, 14:20–14:40`);
    const ics = rendered.attachments.map((attachment) => String(attachment.content)).join('\n');
    const compact = days[0].replaceAll('-', '');
    expect(ics).toContain(`DTSTART:${compact}T132000Z`);
    expect(ics).toContain(`DTSTART:${compact}T083000Z`);
  });

  // A page's `i18n.format(timeZone)` (web/src/i18n/index.tsx) is this formatter with build-time country names.
  it('gives the pages the same times and offset as the email', () => {
    const format = createFormatter(languageLayouts.en.locale, event.timeZone);
    const slot = event.meetings.slots.find((entry) => entry.id === 'd1-1440')!;
    expect(format.timeRange(slot)).toBe(`${day}, 14:40–15:00`);
    expect(format.timeAt(slot.start)).toBe('14:40');
    expect(format.utcOffset(slot.start)).toBe('UTC+01:00');
  });

  it('puts a slot on the day and at the time written (scheduling preferences, reminders, the event’s days)', () => {
    expect(localDate(event, `${days[1]}T00:30:00+01:00`)).toBe(days[1]);
    expect(localTime(event, `${days[1]}T00:30:00+01:00`)).toBe('00:30');
    // A slot at 00:30 on the first day is within the event, as written (the database would say the day before).
    const early = { id: 'd1-0030', start: `${days[0]}T00:30:00+01:00`, end: `${days[0]}T00:50:00+01:00` };
    expect(EventDefinition.safeParse({ ...event, meetings: { ...event.meetings, slots: [early, ...event.meetings.slots] } }).success).toBe(true);
  });
});

describe('instants without a written offset (server timestamps)', () => {
  const zoneTime = (timeZone: string, instant: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));

  it('read in the event’s zone by the tz database at hand', () => {
    for (const [timeZone, instant] of [['Africa/Casablanca', '2026-11-10T13:40:00.000Z'], ['Europe/Paris', '2030-07-01T08:00:00Z']] as const) {
      expect(createFormatter('en', timeZone).timeAt(instant)).toBe(zoneTime(timeZone, instant));
      expect(localTime({ timeZone }, new Date(instant))).toBe(zoneTime(timeZone, instant));
    }
    expect(createFormatter('en', 'Europe/Paris').utcOffset('2030-07-01T08:00:00Z')).toBe('UTC+02:00');
    expect(createFormatter('en', 'Europe/Paris').timeAt('2030-07-01T08:00:00Z')).toBe('10:00');
  });

  it('a written +00:00 is an offset, unlike Z', () => {
    expect(createFormatter('en', 'Europe/Paris').timeAt('2030-07-01T08:00:00+00:00')).toBe('08:00');
    expect(createFormatter('en', 'Europe/Paris').utcOffset('2030-07-01T08:00:00+00:00')).toBe('UTC+00:00');
  });
});
