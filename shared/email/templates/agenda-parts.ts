/**
 * The parts of the emails that show a participant's whole agenda: the entries resolved against the
 * event, the schedule section, the feed link and the .ics (METHOD:PUBLISH) of all of it.
 */
import type { AgendaEntry, EmailAttachment } from '../email-message';
import type { TimeRange } from '../format';
import type { Text } from '../i18n/translator';
import { agendaCalendar, type MeetingCalendarEntry } from '../meeting-calendar';
import type { Block, EmailContent } from '../layout';
import { EmailRenderError, type MessageOfKind, type TemplateContext } from '../template';
import { toSingleLine } from '../text';
import { eventName, scheduleBlock, timeZoneNote } from './common-parts';
import { checkedId, checkedTable, meetingEmail, meetingSlot, personalLink } from './meeting-parts';
import { chosenProgramme, type ProgrammeItem } from './registration-parts';

/** The emails that carry a participant's whole agenda (same data, other occasion). */
export type AgendaEmailKind = 'agenda-reminder' | 'schedule-published';
type AgendaContext = TemplateContext<MessageOfKind<AgendaEmailKind>>;

/** A meeting of the agenda: always at a table. */
type AgendaMeeting = MeetingCalendarEntry & { table: number };

interface Agenda {
  /** Every entry, in time order. */
  lines: { range: TimeRange; what: Text }[];
  meetings: AgendaMeeting[];
  items: ProgrammeItem[];
}

/** Times come from the event (slots, programme); an entry saying otherwise was built from other data: a data error. */
function checkTimes(entry: AgendaEntry, range: TimeRange): void {
  if (Date.parse(entry.start) !== Date.parse(range.start) || Date.parse(entry.end) !== Date.parse(range.end)) {
    throw new EmailRenderError('invalid-value', `Agenda ${entry.kind} ${entry.id}: ${entry.start}..${entry.end} is not the event's ${range.start}..${range.end}`);
  }
}

/**
 * The agenda's counterpart, "Name (Organisation)" as one string (the agenda emails carry no
 * profile): isolated left to right for a left-to-right reader, so an Arabic name stays in front of
 * its organisation; by its first strong character for an Arabic reader, where a right-to-left
 * isolate would send the closing bracket of "Karim Benali (Atlas Robotics)" to the far side.
 */
function counterpartText(context: AgendaContext, counterpart: string): Text {
  return context.i18n.settings.dir === 'ltr' ? context.i18n.phrase(counterpart) : context.i18n.value(counterpart);
}

function meetingOf(context: AgendaContext, entry: AgendaEntry): AgendaMeeting {
  const slot = meetingSlot(context.event, entry.id);
  checkTimes(entry, slot);
  // A counterpart who erased their data after the agenda was written: "a participant", not a blank.
  const counterpart = entry.counterpartErased ? context.i18n.t('meeting.participant.erased').plain : toSingleLine(entry.counterpart ?? '');
  if (counterpart === '') throw new EmailRenderError('invalid-value', `Agenda meeting in slot ${entry.id} has no counterpart`);
  return {
    meetingRequestId: checkedId(entry.meetingRequestId, 'meetingRequestId'),
    slot,
    table: checkedTable(context.event, entry.table),
    counterpart,
    // AgendaEntry carries no SEQUENCE: 0, so a client holding a later invitation keeps it.
    sequence: 0,
  };
}

/** The entries resolved against the event: meetings by slot id, programme items by id (unknown ids throw). */
function resolveAgenda(context: AgendaContext): Agenda {
  const { i18n, event, message } = context;
  const entries = message.data.entries;
  const unknownKind = entries.find((entry) => entry.kind !== 'meeting' && entry.kind !== 'programme');
  if (unknownKind) throw new EmailRenderError('invalid-value', `Unknown agenda entry kind: ${String(unknownKind.kind)}`);

  const meetings = entries.filter((entry) => entry.kind === 'meeting').map((entry) => meetingOf(context, entry));
  if (new Set(meetings.map((meeting) => meeting.meetingRequestId)).size !== meetings.length) {
    throw new EmailRenderError('invalid-value', 'The agenda lists a meeting twice');
  }
  const programmeEntries = entries.filter((entry) => entry.kind === 'programme');
  const items = chosenProgramme(event, programmeEntries.map((entry) => entry.id));
  for (const item of items) programmeEntries.filter((entry) => entry.id === item.id).forEach((entry) => checkTimes(entry, item));

  const lines = [
    ...meetings.map((meeting) => ({ range: meeting.slot, what: i18n.t('agenda-reminder.meeting', { counterpart: counterpartText(context, meeting.counterpart), table: meeting.table }) })),
    ...items.map((item) => ({ range: item, what: i18n.value(item.title[i18n.settings.language]) })),
  ].sort((a, b) => Date.parse(a.range.start) - Date.parse(b.range.start));
  return { lines, meetings, items };
}

function agendaSection(context: AgendaContext, agenda: Agenda): Block {
  const { i18n } = context;
  const blocks: Block[] =
    agenda.lines.length === 0
      ? [{ type: 'paragraph', text: i18n.t('agenda-reminder.empty') }]
      : [
          scheduleBlock(context, agenda.lines),
          timeZoneNote(context, agenda.lines.map((line) => line.range.start)),
          { type: 'note', text: i18n.t('agenda-reminder.calendar') },
        ];
  return { type: 'section', heading: i18n.t('agenda-reminder.heading'), blocks };
}

/** The personal feed link to subscribe to, so later changes reach the calendar. */
function subscribeSection(context: AgendaContext): Block {
  const { i18n, message } = context;
  return {
    type: 'section',
    heading: i18n.t('agenda-reminder.subscribe.heading'),
    blocks: [
      { type: 'paragraph', text: i18n.t('agenda-reminder.subscribe.how') },
      ...personalLink(i18n, i18n.t('agenda-reminder.subscribe.button'), message.data.agendaUrl, i18n.t('meeting.agenda.personal')),
    ],
  };
}

/** The .ics of the whole agenda, or nothing when it is empty. */
function agendaAttachments(context: AgendaContext, registrationId: string, agenda: Agenda): EmailAttachment[] {
  const { i18n, event, now } = context;
  if (agenda.lines.length === 0) return [];
  return [agendaCalendar({ event, registrationId, meetings: agenda.meetings, items: agenda.items, i18n, stamp: now })];
}

/**
 * An email with the participant's meetings and sessions in time order, their .ics (PUBLISH) and the
 * feed link; `occasion` words the subject and the opening line (reminder, schedule published…).
 */
export function agendaEmail(context: AgendaContext, occasion: (eventName: Text) => { subject: Text; status: Text; more?: Text[] }): EmailContent {
  const { i18n, message } = context;
  const registrationId = checkedId(message.data.registrationId, 'registrationId');
  const agenda = resolveAgenda(context);
  const { subject, status, more = [] } = occasion(eventName(context));
  return meetingEmail(context, {
    subject,
    status: [status, ...more],
    blocks: [agendaSection(context, agenda), subscribeSection(context)],
    reference: i18n.t('footer.reference', { reference: registrationId }),
    attachments: agendaAttachments(context, registrationId, agenda),
  });
}
