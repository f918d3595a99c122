import type { EventDefinition, Language } from '../events/event-definition';
import { calendarAttachment, calendarUid, type CalendarEntry, type CalendarParty } from './calendar';
import type { EmailAttachment } from './email-message';
import { eventUidDomain, venueLocation } from './event-calendar';
import type { Translator } from './i18n/translator';
import { programmeItemEntry } from './registration-calendar';

type Slot = EventDefinition['meetings']['slots'][number];
type Item = EventDefinition['programme'][number];

/**
 * ORGANIZER address of meeting invitations. iTIP (RFC 5546) requires an ORGANIZER on REQUEST and
 * CANCEL, and it must not be the attendee (a client would take the invitation for its own
 * meeting). Nobody reads replies to these invitations (answers go through the answer page), so it
 * is a no-reply address on the reserved `.invalid` domain (RFC 2606) rather than a real mailbox;
 * attendees get `RSVP=FALSE`, so clients do not send replies in the first place. The CN is the
 * event's name.
 */
export const MEETING_ORGANIZER_EMAIL = 'no-reply@rendezvous.invalid';

/** A B2B meeting as a calendar entry: when (the event's slot), at which table, with whom. */
export interface MeetingCalendarEntry {
  meetingRequestId: string;
  slot: Slot;
  /** Absent in the cancellation of a meeting that had a slot but no table yet. */
  table?: number;
  /** The other participant, one line ("Jane Doe (Le Matin)"). */
  counterpart: string;
  /** SEQUENCE: 0 first, raised by the caller with each change (rescheduling, cancellation). */
  sequence: number;
}

/** UID of a meeting's calendar entry: `meeting.<meetingRequestId>@<eventId>.rendezvous`, the same in every calendar that shows it. */
export function meetingUid(event: EventDefinition, meetingRequestId: string): string {
  return calendarUid('meeting', [meetingRequestId], eventUidDomain(event));
}

/** The entry: "B2B meeting: <counterpart>" at "Table N – <venue>", in the reader's language. */
function meetingEntry(event: EventDefinition, meeting: MeetingCalendarEntry, i18n: Translator): CalendarEntry {
  const { language } = i18n.settings;
  const venue = venueLocation(event, i18n);
  return {
    uid: meetingUid(event, meeting.meetingRequestId),
    timing: { kind: 'instants', start: meeting.slot.start, end: meeting.slot.end },
    summary: i18n.t('meeting.calendar.summary', { counterpart: meeting.counterpart }).plain,
    description: event.name[language],
    location: meeting.table === undefined ? venue : i18n.t('meeting.calendar.location', { table: meeting.table, venue }).plain,
    status: 'confirmed',
    sequence: meeting.sequence,
  };
}

export interface MeetingInvitationInput {
  event: EventDefinition;
  /** REQUEST: the meeting is (re)scheduled; CANCEL: it is off (same UID, higher SEQUENCE). */
  method: 'REQUEST' | 'CANCEL';
  meeting: MeetingCalendarEntry;
  /** The recipient of the email, the one ATTENDEE (the counterpart's address is never shared). */
  attendee: CalendarParty;
  /** The reader's language (summaries and locations are written in it). */
  i18n: Translator;
  /** DTSTAMP. */
  stamp: Date;
}

/**
 * The invitation of one side of a meeting: one VEVENT, METHOD:REQUEST (STATUS:CONFIRMED, the
 * attendee already accepted on the answer page) or METHOD:CANCEL (STATUS:CANCELLED). Sent as an
 * invitation by composeMime, so calendar clients add, move or remove the entry.
 */
export function meetingInvitation(input: MeetingInvitationInput): EmailAttachment {
  const { event, method, i18n } = input;
  const eventName = event.name[i18n.settings.language];
  const entry: CalendarEntry = {
    ...meetingEntry(event, input.meeting, i18n),
    ...(method === 'CANCEL' ? { status: 'cancelled' } : {}),
    organizer: { name: eventName, email: MEETING_ORGANIZER_EMAIL },
    attendees: [{ ...input.attendee, rsvp: false, ...(method === 'REQUEST' ? { status: 'accepted' } : {}) }],
  };
  return calendarAttachment({ method, name: eventName, stamp: input.stamp, entries: [entry] }, `${event.id}-meeting.ics`);
}

export interface AgendaCalendarInput {
  event: EventDefinition;
  registrationId: string;
  meetings: readonly MeetingCalendarEntry[];
  /** Programme items of the agenda (already resolved against the event). */
  items: readonly Item[];
  /** The reader's language (summaries and locations are written in it). */
  i18n: Translator;
  /** DTSTAMP. */
  stamp: Date;
}

/**
 * A participant's agenda as METHOD:PUBLISH, in time order: the meetings with the UIDs of their
 * invitations and the programme items with the UIDs of the registration calendar, so importing it
 * updates the entries already there instead of duplicating them.
 */
export function agendaCalendar(input: AgendaCalendarInput): EmailAttachment {
  const { event, i18n } = input;
  const { language } = i18n.settings;
  const timed = [
    ...input.meetings.map((meeting) => ({ start: meeting.slot.start, entry: meetingEntry(event, meeting, i18n) })),
    ...input.items.map((item) => ({ start: item.start, entry: programmeItemEntry(event, input.registrationId, item, i18n) })),
  ];
  const entries = timed.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)).map(({ entry }) => entry);
  return calendarAttachment({ method: 'PUBLISH', name: event.name[language], stamp: input.stamp, entries }, `${event.id}-agenda.ics`);
}
