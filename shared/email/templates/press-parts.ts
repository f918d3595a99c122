import type { EventDefinition } from '../../events/event-definition';
import { mediaTypes, type EmailAttachment, type EmailKind, type MediaType, type PressAccreditationEmailData } from '../email-message';
import type { Text } from '../i18n/translator';
import type { Block, EmailContent } from '../layout';
import { EmailRenderError, type MessageOfKind, type TemplateContext } from '../template';
import { toSingleLine } from '../text';
import { countryName, dateTime, eventEmail, eventName, linkValue, quote, timeZoneNote } from './common-parts';

/**
 * Building blocks shared by the press-accreditation templates: the request summary, whom to
 * contact, reasons, footer. Each press template only says what differs.
 */

/** Kinds whose data is (at least) {@link PressAccreditationEmailData}. */
export type PressKind = {
  [K in EmailKind]: MessageOfKind<K>['data'] extends PressAccreditationEmailData ? K : never;
}[EmailKind];

export type PressContext<K extends PressKind = PressKind> = TemplateContext<MessageOfKind<K>>;

/** Who reads the email: the journalist who applied, or one of the event's press contacts. */
export type PressAudience = 'journalist' | 'contact';

/** Labels of multi-line text someone typed. */
export type QuoteLabel = 'press.request.coveragePlan' | 'press.reason';

export interface PressEmailSpec {
  audience: PressAudience;
  subject: Text;
  /** Paragraphs saying what happened, right after the greeting. */
  status: readonly Text[];
  /** Blocks between the status and the request (what the accreditation gives, a reason…). */
  before?: readonly Block[];
  /** Blocks after the request (the decision link, whom to contact). */
  after?: readonly Block[];
  /** Instants shown besides the request time (link expiry, decision time; already checked), for the time-zone note. */
  instants?: readonly string[];
  attachments?: readonly EmailAttachment[];
}

/** The journalist's name, one line (may be blank). */
export function journalistName(data: PressAccreditationEmailData): string {
  return toSingleLine(`${data.firstName} ${data.lastName}`);
}

function mediaTypeLabel(context: PressContext, type: MediaType): Text {
  if (!(mediaTypes as readonly string[]).includes(type)) {
    throw new EmailRenderError('invalid-value', `Unknown media type: ${String(type)}`);
  }
  return context.i18n.t(`press.mediaType.${type}`);
}

/**
 * The parameters of messages naming the request: journalist, outlet (the media type when the
 * outlet is blank) and event, as in "Accreditation request: Jane Doe (Le Matin) – <event>".
 */
export function requestParams(context: PressContext): { journalist: string; outlet: string; event: Text } {
  const { data } = context.message;
  const outlet = toSingleLine(data.mediaOutlet) || mediaTypeLabel(context, data.mediaType).plain;
  return { journalist: journalistName(data), outlet, event: eventName(context) };
}

/** The requested days, each once and in order; a day outside the event (or none) is a data error. */
export function requestedDays(event: EventDefinition, days: readonly string[]): string[] {
  const unique = [...new Set(days)].sort();
  const outside = unique.filter((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day) || day < event.startDate || day > event.endDate);
  if (unique.length === 0 || outside.length > 0) {
    throw new EmailRenderError('invalid-value', `Press days must be days of ${event.id} (${event.startDate}..${event.endDate}), got ${JSON.stringify(days)}`);
  }
  return unique;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYY-MM-DD`) of an instant in the event's time zone. */
export function localDay(event: EventDefinition, instant: string): string {
  let dayFormat = dayFormats.get(event.timeZone);
  if (!dayFormat) {
    // en-CA writes dates as YYYY-MM-DD.
    dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(event.timeZone, dayFormat);
  }
  return dayFormat.format(new Date(instant));
}

/** Multi-line text someone typed, under a label, line breaks kept (null when blank). */
export function quoteBlock(context: PressContext, label: QuoteLabel, value: string | undefined): Block | null {
  return quote(context.i18n, context.i18n.t(label), value);
}

function optionalValue(context: PressContext, value: string | undefined, show: (value: string) => Text): Text {
  return value !== undefined && toSingleLine(value) !== '' ? show(value) : context.i18n.t('press.request.notProvided');
}

/** The request as every press email shows it: who, which outlet, contact details, links, days, coverage plan. */
function requestSection(context: PressContext, audience: PressAudience, instants: readonly string[]): Block {
  const { i18n, format, message, event } = context;
  const { data } = message;
  const country = countryName(context, data.country);
  const text = (value: string) => i18n.value(value);
  const link = (value: string) => linkValue(i18n, value);
  const days = requestedDays(event, data.days).map((day) => i18n.value(format.date(day)));

  const rows = [
    { label: i18n.t('press.request.name'), value: i18n.value(journalistName(data)) },
    { label: i18n.t('press.request.outlet'), value: optionalValue(context, data.mediaOutlet, text) },
    { label: i18n.t('press.request.mediaType'), value: mediaTypeLabel(context, data.mediaType) },
    { label: i18n.t('press.request.country'), value: country },
    { label: i18n.t('press.request.email'), value: i18n.value(data.email) },
    { label: i18n.t('press.request.phone'), value: optionalValue(context, data.phone, text) },
    { label: i18n.t('press.request.pressCard'), value: optionalValue(context, data.pressCardNumber, text) },
    { label: i18n.t('press.request.assignmentLetter'), value: optionalValue(context, data.assignmentLetterUrl, link) },
    { label: i18n.t('press.request.portfolio'), value: optionalValue(context, data.portfolioUrl, link) },
    { label: i18n.t('press.request.days'), value: i18n.list(days) },
    { label: i18n.t('press.request.requestedAt'), value: dateTime(context, data.requestedAt, 'requestedAt') },
  ];
  const coveragePlan = quoteBlock(context, 'press.request.coveragePlan', data.coveragePlan) ?? {
    type: 'quote',
    label: i18n.t('press.request.coveragePlan'),
    lines: [i18n.t('press.request.notProvided')],
  };
  return {
    type: 'section',
    heading: i18n.t(audience === 'journalist' ? 'press.request.heading.journalist' : 'press.request.heading.contact'),
    blocks: [{ type: 'facts', rows }, coveragePlan, timeZoneNote(context, [data.requestedAt, ...instants])],
  };
}

/** The event's press contacts (name, organisation, email) after an introduction, or "contact the organisers". */
export function contactsSection(context: PressContext, intro: Text): Block {
  const { i18n, event } = context;
  const contacts = event.pressContacts.map((contact) =>
    toSingleLine(contact.organisation) === ''
      ? i18n.t('press.contacts.entry.noOrganisation', { name: contact.name, email: contact.email })
      : i18n.t('press.contacts.entry', { name: contact.name, organisation: contact.organisation, email: contact.email }),
  );
  const blocks: Block[] =
    contacts.length === 0
      ? [{ type: 'paragraph', text: i18n.t('press.contacts.none', { event: eventName(context) }) }]
      : [
          { type: 'paragraph', text: intro },
          { type: 'list', items: contacts },
        ];
  return { type: 'section', heading: i18n.t('press.contacts.heading'), blocks };
}

/** The journalist's link to their status page, when the message carries one (emails queued before status links do not). */
function statusLinkBlocks(context: PressContext, audience: PressAudience): Block[] {
  const { i18n, message } = context;
  const url = audience === 'journalist' && 'statusUrl' in message.data ? message.data.statusUrl : undefined;
  if (url === undefined) return [];
  return [
    { type: 'action', label: i18n.t('press.statusLink.button'), url, urlHint: i18n.t('action.urlHint') },
    { type: 'note', text: i18n.t('press.statusLink.personal') },
  ];
}

/**
 * A press email: greeting (the journalist, or the press contact by name), status, the blocks of
 * the kind around the request summary, event facts, footer with the accreditation reference.
 */
export function pressEmail(context: PressContext, spec: PressEmailSpec): EmailContent {
  const { i18n, message } = context;
  const footerReason = spec.audience === 'journalist' ? 'press.footer.journalist' : 'press.footer.contact';
  return eventEmail(context, {
    subject: spec.subject,
    greetingName: spec.audience === 'journalist' ? journalistName(message.data) : message.recipient.name,
    status: spec.status,
    blocks: [...statusLinkBlocks(context, spec.audience), ...(spec.before ?? []), requestSection(context, spec.audience, spec.instants ?? []), ...(spec.after ?? [])],
    footer: [
      i18n.t(footerReason, { event: eventName(context) }),
      i18n.t('press.footer.reference', { reference: message.data.accreditationId }),
    ],
    ...(spec.attachments ? { attachments: spec.attachments } : {}),
  });
}
