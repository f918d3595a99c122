import type { EventDefinition } from '../../events/event-definition';
import type { EmailKind, RegistrationEmailData } from '../email-message';
import { venueParts } from '../format';
import type { MessageKey } from '../i18n';
import type { Text } from '../i18n/translator';
import type { Block, EmailContent } from '../layout';
import { registrationCalendar } from '../registration-calendar';
import { EmailRenderError, type MessageOfKind, type TemplateContext } from '../template';
import { toSingleLine } from '../text';

/**
 * Building blocks shared by the registration templates: greeting, programme, event facts,
 * manage link, footer, calendar. Each registration template only says what differs.
 */

export type ProgrammeItem = EventDefinition['programme'][number];

/** Kinds whose data is (at least) {@link RegistrationEmailData}. */
export type RegistrationKind = {
  [K in EmailKind]: MessageOfKind<K>['data'] extends RegistrationEmailData ? K : never;
}[EmailKind];

export type RegistrationContext = TemplateContext<MessageOfKind<RegistrationKind>>;

type SubjectKey = Extract<MessageKey, `subject.${string}`>;

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

/** The event's name in the reader's language (a message parameter, isolated and escaped by the translator). */
export function eventName(context: TemplateContext): string {
  return context.event.name[context.i18n.settings.language];
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

function greeting(context: RegistrationContext): Text {
  const { firstName, lastName } = context.message.data;
  const name = toSingleLine(`${firstName} ${lastName}`);
  return name === '' ? context.i18n.t('greeting.noName') : context.i18n.t('greeting', { name });
}

function programmeSection(context: RegistrationContext, items: readonly ProgrammeItem[], heading: Text): Block {
  const { i18n, format, event } = context;
  const language = i18n.settings.language;
  if (items.length === 0) return { type: 'section', heading, blocks: [{ type: 'paragraph', text: i18n.t('programme.none') }] };

  // One offset for the whole list in practice; should a list straddle an offset change, each line says its own.
  const offsets = [...new Set(items.map((item) => format.utcOffset(item.start)))];
  const perLineOffset = offsets.length > 1;
  const entries = items.map((item) => ({
    when: i18n.value(format.timeRange(item) + (perLineOffset ? ` (${format.utcOffset(item.start)})` : '')),
    what: i18n.value(item.title[language]),
  }));
  const place = format.country(event.venue.country);
  return {
    type: 'section',
    heading,
    blocks: [
      { type: 'schedule', entries },
      { type: 'note', text: i18n.t('programme.timeZone', { place, offset: offsets.join(' / ') }) },
    ],
  };
}

function eventSection(context: RegistrationContext): Block {
  const { i18n, format, event } = context;
  return {
    type: 'section',
    heading: i18n.t('event.heading'),
    blocks: [
      {
        type: 'facts',
        rows: [
          { label: i18n.t('event.name'), value: i18n.value(eventName(context)) },
          { label: i18n.t('event.dates'), value: i18n.value(format.dateRange(event.startDate, event.endDate)) },
          { label: i18n.t('event.venue'), value: i18n.list(venueParts(event.venue, format).map((part) => i18n.value(part))) },
        ],
      },
    ],
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

/** A registration email: greeting, status, programme, event facts, manage link, footer, optional .ics. */
export function registrationEmail(context: RegistrationContext, spec: RegistrationEmailSpec): EmailContent {
  const { i18n, event, message } = context;
  const name = eventName(context);
  const needsItems = spec.programme !== 'hidden' || spec.calendar;
  const items = needsItems ? chosenProgramme(event, message.data.programmeItemIds) : [];

  const blocks: Block[] = [{ type: 'paragraph', text: greeting(context) }, ...spec.status.map((text) => ({ type: 'paragraph' as const, text }))];
  if (spec.programme !== 'hidden') {
    const heading = i18n.t(spec.programme === 'booked' ? 'programme.heading' : 'programme.heading.waitlisted');
    blocks.push(programmeSection(context, items, heading));
  }
  if (spec.calendar) blocks.push({ type: 'note', text: i18n.t('calendar.attached') });
  blocks.push(eventSection(context), manageSection(context, spec.manageLabel));

  const attachments = spec.calendar
    ? [
        registrationCalendar({
          event,
          registrationId: message.data.registrationId,
          items,
          language: i18n.settings.language,
          stamp: context.now,
        }),
      ]
    : [];

  return {
    subject: i18n.t(spec.subject, { event: name }),
    banner: i18n.value(name),
    ...(spec.status[0] ? { preheader: spec.status[0] } : {}),
    blocks,
    footer: [i18n.t('footer.reason', { event: name }), i18n.t('footer.reference', { reference: message.data.registrationId })],
    attachments,
  };
}
