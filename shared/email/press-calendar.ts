import type { EventDefinition } from '../events/event-definition';
import { calendarAttachment, calendarUid, type CalendarEntry } from './calendar';
import type { EmailAttachment } from './email-message';
import { eventUidDomain, venueLocation } from './event-calendar';
import type { Translator } from './i18n/translator';

export interface PressCalendarInput {
  event: EventDefinition;
  accreditationId: string;
  /** The accredited days (`YYYY-MM-DD`, checked against the event). */
  days: readonly string[];
  /** The reader's language (the entries' summary is written in it). */
  i18n: Translator;
  /** DTSTAMP. */
  stamp: Date;
}

/** UID of one press day of an accreditation: `press.<accreditationId>.<YYYY-MM-DD>@<eventId>.rendezvous`. */
export function pressDayUid(event: EventDefinition, accreditationId: string, day: string): string {
  return calendarUid('press', [accreditationId, day], eventUidDomain(event));
}

/**
 * The .ics of an approved accreditation: one all-day VEVENT per press day ("Press accreditation –
 * <event>" in the reader's language, at the venue), shown as busy time: the journalist works the
 * event that day. METHOD:PUBLISH; UIDs derived from ids only, so a re-send updates the entries.
 */
export function pressCalendar(input: PressCalendarInput): EmailAttachment {
  const { event, accreditationId, i18n } = input;
  const { language } = i18n.settings;
  const eventName = event.name[language];
  const summary = i18n.t('press.calendar.summary', { event: eventName }).plain;
  const location = venueLocation(event, i18n);

  const entries = input.days.map(
    (day): CalendarEntry => ({
      uid: pressDayUid(event, accreditationId, day),
      timing: { kind: 'days', first: day, last: day },
      summary,
      location,
      status: 'confirmed',
    }),
  );

  return calendarAttachment({ method: 'PUBLISH', name: eventName, stamp: input.stamp, entries }, `${event.id}-press.ics`);
}
