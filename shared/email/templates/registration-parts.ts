import type { EventDefinition } from '../../events/event-definition';
import type { EmailAttachment, EmailKind, RegistrationEmailData } from '../email-message';
import { displayTicketCode } from '../../security/ticket-code';
import type { MessageKey } from '../i18n';
import type { Text } from '../i18n/translator';
import type { Block, EmailContent } from '../layout';
import { registrationCalendar } from '../registration-calendar';
import { EmailRenderError, type MessageOfKind, type TemplateContext } from '../template';
import { toSingleLine } from '../text';
import { eventName, eventSection, greeting, scheduleBlock, timeZoneNote } from './common-parts';

export { eventName } from './common-parts';

/**
 * Building blocks shared by the registration templates: programme, manage link, footer, calendar
 * (greeting and event facts come from common-parts.ts). Each registration template only says
 * what differs.
 */

export type ProgrammeItem = EventDefinition['programme'][number];

/** Kinds whose data is (at least) {@link RegistrationEmailData}. */
export type RegistrationKind = {
  [K in EmailKind]: MessageOfKind<K>['data'] extends RegistrationEmailData ? K : never;
}[EmailKind];

export type RegistrationContext = TemplateContext<MessageOfKind<RegistrationKind>>;

type SubjectKey = Extract<MessageKey, `subject.registration-${string}`>;

export interface RegistrationEmailSpec {
  subject: SubjectKey;
  /** Paragraphs saying what happened, right after the greeting. */
  status: readonly Text[];
  /** How to show the chosen sessions: as the attendee's programme, as a selection pending a place, or not. */
  programme: 'booked' | 'selected' | 'hidden';
  /** Attach the .ics (confirmed places only). */
  calendar: boolean;
  /** Label of the manage link. */
  manageLabel: Extract<MessageKey, `manage.${'button' | 'view'}`>;
}

/**
 * The chosen programme items, in programme order by start time, each once. An id the event does
 * not have is a data error (the message would show a session that does not exist): it throws.
 */
export function chosenProgramme(event: EventDefinition, ids: readonly string[]): ProgrammeItem[] {
  const wanted = new Set(ids);
  const items = event.programme.filter((item) => wanted.has(item.id));
  if (items.length !== wanted.size) {
    const known = new Set(event.programme.map((item) => item.id));
    const unknown = [...wanted].filter((id) => !known.has(id));
    throw new EmailRenderError('unknown-programme-item', `Unknown programme item(s) for ${event.id}: ${unknown.join(', ')}`);
  }
  return items.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

function programmeSection(context: RegistrationContext, items: readonly ProgrammeItem[], heading: Text): Block {
  const { i18n } = context;
  const language = i18n.settings.language;
  if (items.length === 0) return { type: 'section', heading, blocks: [{ type: 'paragraph', text: i18n.t('programme.none') }] };

  const entries = items.map((item) => ({ range: item, what: i18n.value(item.title[language]) }));
  return {
    type: 'section',
    heading,
    blocks: [scheduleBlock(context, entries), timeZoneNote(context, items.map((item) => item.start))],
  };
}

function manageSection(context: RegistrationContext, label: RegistrationEmailSpec['manageLabel']): Block {
  const { i18n, message } = context;
  const { firstName, lastName, organisation } = message.data;
  const rows = [{ label: i18n.t('manage.attendee'), value: i18n.value(`${firstName} ${lastName}`) }];
  if (toSingleLine(organisation) !== '') rows.push({ label: i18n.t('manage.organisation'), value: i18n.value(organisation) });
  return {
    type: 'section',
    heading: i18n.t('manage.heading'),
    blocks: [
      { type: 'facts', rows },
      { type: 'action', label: i18n.t(label), url: message.data.manageUrl },
      { type: 'note', text: i18n.t('manage.personal') },
    ],
  };
}

const ticketImageId = 'ticket-qr';

/** The door ticket of a confirmed seat: QR code (inline image) and the code to type when the camera fails. */
function ticketSection(context: RegistrationContext, ticketCode: string): Block {
  const { i18n, message } = context;
  return {
    type: 'section',
    heading: i18n.t('ticket.heading'),
    blocks: [
      { type: 'paragraph', text: i18n.t('ticket.instructions') },
      ...(message.data.ticketQrPng ? [{ type: 'image' as const, contentId: ticketImageId, alt: i18n.t('ticket.qrAlt'), size: 200 }] : []),
      { type: 'facts', rows: [{ label: i18n.t('ticket.code'), value: i18n.value(displayTicketCode(ticketCode)) }] },
    ],
  };
}

const ticketImage = (png: string): EmailAttachment => ({ filename: 'ticket.png', contentType: 'image/png', content: png, encoding: 'base64', contentId: ticketImageId });

/** A registration email: greeting, status, programme, event facts, manage link, footer, optional .ics. */
export function registrationEmail(context: RegistrationContext, spec: RegistrationEmailSpec): EmailContent {
  const { i18n, event, message } = context;
  const name = eventName(context);
  const needsItems = spec.programme !== 'hidden' || spec.calendar;
  const items = needsItems ? chosenProgramme(event, message.data.programmeItemIds) : [];

  const { firstName, lastName } = message.data;
  const blocks: Block[] = [{ type: 'paragraph', text: greeting(i18n, `${firstName} ${lastName}`) }, ...spec.status.map((text) => ({ type: 'paragraph' as const, text }))];
  if (spec.programme !== 'hidden') {
    const heading = i18n.t(spec.programme === 'booked' ? 'programme.heading' : 'programme.heading.waitlisted');
    blocks.push(programmeSection(context, items, heading));
  }
  if (spec.calendar) blocks.push({ type: 'note', text: i18n.t('calendar.attached') });
  const { ticketCode, ticketQrPng } = message.data;
  if (ticketCode !== undefined) blocks.push(ticketSection(context, ticketCode));
  blocks.push(eventSection(context), manageSection(context, spec.manageLabel));

  const attachments = spec.calendar
    ? [
        registrationCalendar({
          event,
          registrationId: message.data.registrationId,
          items,
          i18n,
          stamp: context.now,
        }),
      ]
    : [];
  if (ticketCode !== undefined && ticketQrPng !== undefined) attachments.push(ticketImage(ticketQrPng));

  return {
    subject: i18n.t(spec.subject, { event: name }),
    banner: i18n.value(name),
    ...(spec.status[0] ? { preheader: spec.status[0] } : {}),
    blocks,
    footer: [i18n.t('footer.reason', { event: name }), i18n.t('footer.reference', { reference: message.data.registrationId })],
    attachments,
  };
}
