import { participantTypes } from '../../registrations/registration-vocabulary';
import type { EventDefinition } from '../../events/event-definition';
import type { EmailAttachment, EmailKind, MeetingEmailData, ParticipantProfile } from '../email-message';
import { venueParts } from '../format';
import type { Text, Translator } from '../i18n/translator';
import type { Block, EmailContent } from '../layout';
import { meetingInvitation } from '../meeting-calendar';
import { EmailRenderError, type MessageOfKind, type TemplateContext } from '../template';
import { toSingleLine } from '../text';
import { countryName, eventEmail, eventName, quote, timeRangeText, timeZoneNote } from './common-parts';

/**
 * Building blocks shared by the B2B-meeting templates: slots and tables of the event, the
 * counterpart's profile, when and where, the invitation, personal links, footer. Each meeting
 * template only says what differs.
 */

export type MeetingSlot = EventDefinition['meetings']['slots'][number];

/** Kinds whose data is (at least) {@link MeetingEmailData}. */
export type MeetingKind = {
  [K in EmailKind]: MessageOfKind<K>['data'] extends MeetingEmailData ? K : never;
}[EmailKind];

export type MeetingContext<K extends MeetingKind = MeetingKind> = TemplateContext<MessageOfKind<K>>;

/** The event's meeting slot with this id, if the event (still) has it. */
export const slotIfAny = (event: EventDefinition, slotId: string): MeetingSlot | undefined => event.meetings.slots.find((candidate) => candidate.id === slotId);

/** The event's meeting slot with this id; an id the event does not have is a data error. */
export function meetingSlot(event: EventDefinition, slotId: string): MeetingSlot {
  const slot = slotIfAny(event, slotId);
  if (!slot) throw new EmailRenderError('unknown-meeting-slot', `Unknown meeting slot for ${event.id}: ${String(slotId)}`);
  return slot;
}

/**
 * The proposed slots the event still has, each once, in time order. The organisers may remove a slot a
 * pending request proposes (nothing is booked in it), so an email written or sent again after that lists
 * the others rather than failing to render (and being dead-lettered).
 */
export function slotsStillInEvent(event: EventDefinition, slotIds: readonly string[]): MeetingSlot[] {
  return [...new Set(slotIds)]
    .flatMap((id) => slotIfAny(event, id) ?? [])
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** A table of the event (1 to `meetings.tablesPerSlot`); anything else is a data error. */
export function checkedTable(event: EventDefinition, table: number | undefined): number {
  if (typeof table !== 'number' || !Number.isSafeInteger(table) || table < 1 || table > event.meetings.tablesPerSlot) {
    throw new EmailRenderError('invalid-value', `Table must be 1..${event.meetings.tablesPerSlot} for ${event.id}, got ${String(table)}`);
  }
  return table;
}

/** An id that goes into a calendar UID and a footer (`[A-Za-z0-9_-]`); anything else is a data error. */
export function checkedId(value: string | undefined, field: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(value)) {
    throw new EmailRenderError('invalid-identifier', `${field} is not an identifier: ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * "Jane Doe (Le Matin)", or the name alone when the organisation is blank, as a message parameter:
 * name and organisation each isolated, the whole in the reader's direction. (Isolated as one
 * string, an Arabic name made "أمينة بنعلي (Maroc Numeric Cluster)" right-to-left in an English
 * sentence, the organisation showing in front of the name.)
 */
export function participantLabel(i18n: Translator, profile: Pick<ParticipantProfile, 'firstName' | 'lastName' | 'organisation' | 'erased'>): Text {
  if (profile.erased) return i18n.t('meeting.participant.erased');
  const name = toSingleLine(`${profile.firstName} ${profile.lastName}`);
  const organisation = toSingleLine(profile.organisation);
  return i18n.phrase(organisation === '' ? i18n.t('meeting.participant.noOrganisation', { name }) : i18n.t('meeting.participant', { name, organisation }));
}

/** {@link participantLabel} as one plain line without isolates (a calendar entry's summary). */
export function participantLine(i18n: Translator, profile: Pick<ParticipantProfile, 'firstName' | 'lastName' | 'organisation' | 'erased'>): string {
  return toSingleLine(participantLabel(i18n, profile).plain);
}

/**
 * The parameters of messages naming the meeting: the counterpart (`Counterpart` where a sentence
 * starts with them: "A participant withdrew…" once they erased their data) and the event.
 */
export function meetingParams(context: MeetingContext): { counterpart: Text; Counterpart: Text; event: Text } {
  const { i18n, message } = context;
  const counterpart = participantLabel(i18n, message.data.counterpart);
  return { counterpart, Counterpart: message.data.counterpart.erased ? i18n.t('meeting.participant.erased.start') : counterpart, event: eventName(context) };
}

/** Checks the email goes to the side it is written for (a requester reading "X accepted your request" about themselves is a bug). */
export function expectReader(context: MeetingContext, reader: 'requester' | 'recipient'): void {
  if (context.message.data.recipientIsRequester !== (reader === 'requester')) {
    throw new EmailRenderError('invalid-value', `${context.message.kind} goes to the ${reader} of the meeting request`);
  }
}

type ParticipantType = (typeof participantTypes)[number];

function isParticipantType(type: string): type is ParticipantType {
  return (participantTypes as readonly string[]).includes(type);
}

/** The translated profile type (the registration API's `participantType`); an unknown one is a data error. */
function participantTypeLabel(i18n: Translator, type: string): Text {
  if (!isParticipantType(type)) throw new EmailRenderError('invalid-value', `Unknown participant type: ${String(type)}`);
  return i18n.t(`meeting.participantType.${type}`);
}

/** The labels of sector ids of the event, each once; an id the event does not have is a data error. */
function sectorLabels(context: TemplateContext, ids: readonly string[]): Text {
  const { i18n, event } = context;
  const labels = [...new Set(ids)].map((id) => {
    const sector = event.sectors.find((candidate) => candidate.id === id);
    if (!sector) throw new EmailRenderError('invalid-value', `Unknown sector for ${event.id}: ${String(id)}`);
    return i18n.value(sector.labels[i18n.settings.language]);
  });
  return labels.length === 0 ? i18n.t('meeting.profile.notProvided') : i18n.list(labels);
}

/**
 * A participant as the other side sees them: name, organisation, cluster (when any), country,
 * profile type, sectors; with `full`, also what they offer and look for (line breaks kept).
 */
export function profileSection(context: TemplateContext, profile: ParticipantProfile, heading: Text, detail: 'full' | 'summary'): Block {
  const { i18n } = context;
  const cluster = toSingleLine(profile.cluster ?? '');
  // An erased person: one line saying so instead of blank name and organisation rows (and no blank texts).
  const who = profile.erased
    ? [{ label: i18n.t('meeting.profile.name'), value: i18n.t('meeting.profile.erased') }]
    : [
        { label: i18n.t('meeting.profile.name'), value: i18n.value(`${profile.firstName} ${profile.lastName}`) },
        { label: i18n.t('meeting.profile.organisation'), value: i18n.value(profile.organisation) },
      ];
  const rows = [
    ...who,
    ...(cluster === '' ? [] : [{ label: i18n.t('meeting.profile.cluster'), value: i18n.value(cluster) }]),
    { label: i18n.t('meeting.profile.country'), value: countryName(context, profile.country) },
    { label: i18n.t('meeting.profile.type'), value: participantTypeLabel(i18n, profile.participantType) },
    { label: i18n.t('meeting.profile.sectors'), value: sectorLabels(context, profile.sectors) },
  ];
  const notProvided = (label: Text): Block => ({ type: 'quote', label, lines: [i18n.t('meeting.profile.notProvided')] });
  const texts = (['offer', 'request'] as const).map((field) => {
    const label = i18n.t(`meeting.profile.${field}`);
    return quote(i18n, label, profile[field]) ?? notProvided(label);
  });
  return { type: 'section', heading, blocks: [{ type: 'facts', rows }, ...(detail === 'full' && !profile.erased ? texts : [])] };
}

/** When (day and times in the event's zone), at which table (when set), where (the venue). */
export function whenWhereSection(context: TemplateContext, slot: MeetingSlot, table: number | undefined): Block {
  const { i18n, format, event } = context;
  const rows = [
    { label: i18n.t('meeting.when'), value: timeRangeText(context, slot) },
    ...(table === undefined ? [] : [{ label: i18n.t('meeting.table'), value: i18n.value(table) }]),
    { label: i18n.t('event.venue'), value: i18n.list(venueParts(event.venue, format).map((part) => i18n.value(part))) },
  ];
  return { type: 'section', heading: i18n.t('meeting.when.heading'), blocks: [{ type: 'facts', rows }, timeZoneNote(context, [slot.start])] };
}

/** The meeting's invitation (REQUEST) or its cancellation (CANCEL) for the reader: same UID, SEQUENCE from the message. */
export function meetingCalendar(context: MeetingContext, method: 'REQUEST' | 'CANCEL', slot: MeetingSlot, table: number | undefined): EmailAttachment {
  const { event, message, i18n, now } = context;
  const { data, recipient } = message;
  if (!Number.isSafeInteger(data.sequence) || data.sequence < 0) {
    throw new EmailRenderError('invalid-value', `sequence must be a non-negative integer, got ${String(data.sequence)}`);
  }
  return meetingInvitation({
    event,
    method,
    meeting: {
      meetingRequestId: checkedId(data.meetingRequestId, 'meetingRequestId'),
      slot,
      ...(table === undefined ? {} : { table }),
      counterpart: participantLine(i18n, data.counterpart),
      sequence: data.sequence,
    },
    attendee: { name: recipient.name, email: recipient.email },
    i18n,
    stamp: now,
  });
}

/** A personal link: the button, its URL as text for clients without buttons, and "do not share". */
export function personalLink(i18n: Translator, label: Text, url: string, personal: Text): Block[] {
  return [
    { type: 'action', label, url, urlHint: i18n.t('action.urlHint') },
    { type: 'note', text: personal },
  ];
}

/** The reader's manage page, where their agenda cancels or moves the meeting (none on emails queued before it). */
export function manageMeetingsLink(context: TemplateContext<MessageOfKind<'meeting-confirmed' | 'meeting-accepted'>>): Block[] {
  const { i18n, message } = context;
  return message.data.manageUrl ? personalLink(i18n, i18n.t('meeting.manage.button'), message.data.manageUrl, i18n.t('manage.personal')) : [];
}

export interface MeetingEmailSpec {
  subject: Text;
  /** Paragraphs saying what happened, right after the greeting. */
  status: readonly Text[];
  /** The blocks of the kind, between the status and the event facts. */
  blocks?: readonly Block[];
  /** Footer reference line (the meeting, or the registration for the agenda). */
  reference?: Text;
  attachments?: readonly EmailAttachment[];
}

/** The footer reference of a meeting email: the meeting request id. */
export function meetingReference(context: MeetingContext): Text {
  return context.i18n.t('meeting.footer.reference', { reference: checkedId(context.message.data.meetingRequestId, 'meetingRequestId') });
}

/** A meeting email: greeting (the reader by name), status, the kind's blocks, event facts, footer. */
export function meetingEmail(context: TemplateContext, spec: MeetingEmailSpec): EmailContent {
  const { i18n, message } = context;
  return eventEmail(context, {
    subject: spec.subject,
    greetingName: message.recipient.name,
    status: spec.status,
    blocks: spec.blocks ?? [],
    footer: [i18n.t('meeting.footer.reason', { event: eventName(context) }), ...(spec.reference ? [spec.reference] : [])],
    ...(spec.attachments ? { attachments: spec.attachments } : {}),
  });
}
