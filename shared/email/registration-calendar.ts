import type { EventDefinition } from '../events/event-definition';
import { calendarAttachment, calendarUid, type CalendarEntry } from './calendar';
import type { EmailAttachment } from './email-message';
import { eventUidDomain, venueLocation } from './event-calendar';
import type { Translator } from './i18n/translator';

type Item = EventDefinition['programme'][number];

export interface RegistrationCalendarInput {
  event: EventDefinition;
  registrationId: string;
  /** The programme items the attendee chose (already resolved against the event). */
  items: readonly Item[];
  /** The reader's language (summaries and locations are written in it). */
  i18n: Translator;
  /** DTSTAMP. */
  stamp: Date;
}

/**
 * UID of a registration's calendar entry: the event itself without `itemId`, else one programme
 * item. Derived only from ids, so every (re-)send of a registration email updates the same entries.
 */
export function registrationUid(event: EventDefinition, registrationId: string, itemId?: string): string {
  return calendarUid('registration', itemId === undefined ? [registrationId] : [registrationId, itemId], eventUidDomain(event));
}

/**
 * The calendar entry of one programme item of a registration, titled "<item> – <event>" in the
 * reader's language, at the venue. Shared with the agenda calendar, so both carry the same entry.
 */
export function programmeItemEntry(event: EventDefinition, registrationId: string, item: Item, i18n: Translator): CalendarEntry {
  const { language } = i18n.settings;
  const eventName = event.name[language];
  return {
    uid: registrationUid(event, registrationId, item.id),
    timing: { kind: 'instants', start: item.start, end: item.end },
    summary: `${item.title[language]} – ${eventName}`,
    description: eventName,
    location: venueLocation(event, i18n),
    status: 'confirmed',
  };
}

/**
 * The .ics for a confirmed registration: one all-day VEVENT for the event (first to last day,
 * shown as free time) and one VEVENT per chosen programme item, titled in the reader's language,
 * located at the venue. METHOD:PUBLISH; the manage link is deliberately left out (calendars get
 * shared, the link is a secret).
 */
export function registrationCalendar(input: RegistrationCalendarInput): EmailAttachment {
  const { event, registrationId, i18n } = input;
  const { language } = i18n.settings;
  const eventName = event.name[language];
  const location = venueLocation(event, i18n);

  const entries: CalendarEntry[] = [
    {
      uid: registrationUid(event, registrationId),
      timing: { kind: 'days', first: event.startDate, last: event.endDate },
      summary: eventName,
      ...(event.description ? { description: event.description[language] } : {}),
      location,
      status: 'confirmed',
      busy: false,
    },
    ...input.items.map((item) => programmeItemEntry(event, registrationId, item, i18n)),
  ];

  return calendarAttachment({ method: 'PUBLISH', name: eventName, stamp: input.stamp, entries }, `${event.id}.ics`);
}
