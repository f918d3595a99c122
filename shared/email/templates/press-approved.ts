import type { EventDefinition } from '../../events/event-definition';
import type { Block } from '../layout';
import { pressCalendar } from '../press-calendar';
import type { EmailTemplate, MessageOfKind, TemplateContext } from '../template';
import { eventName } from './common-parts';
import { contactsSection, localDay, pressEmail, requestedDays } from './press-parts';

type ApprovedContext = TemplateContext<MessageOfKind<'press-approved'>>;
type ProgrammeKind = EventDefinition['programme'][number]['kind'];

/** Press area always; the plenary sessions and B2B interviews when they fall on an accredited day. */
function accessSection(context: ApprovedContext, days: readonly string[]): Block {
  const { i18n, event } = context;
  const on = (kind: ProgrammeKind) =>
    event.programme
      .filter((item) => item.kind === kind && days.includes(localDay(event, item.start)))
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const plenaries = on('plenary').map((item) => item.title[i18n.settings.language]);
  const items = [i18n.t('press-approved.access.pressArea')];
  if (plenaries.length > 0) {
    items.push(i18n.t('press-approved.access.plenaries', { sessions: plenaries.join(i18n.settings.catalogue['format.listSeparator']) }));
  }
  if (on('bilateral-meetings').length > 0) items.push(i18n.t('press-approved.access.interviews'));
  return { type: 'section', heading: i18n.t('press-approved.access.heading'), blocks: [{ type: 'list', items }] };
}

function bringSection(context: ApprovedContext): Block {
  const { i18n } = context;
  const items = [i18n.t('press-approved.bring.email'), i18n.t('press-approved.bring.id'), i18n.t('press-approved.bring.pressCard')];
  return { type: 'section', heading: i18n.t('press-approved.bring.heading'), blocks: [{ type: 'list', items }] };
}

function daysSection(context: ApprovedContext, days: readonly string[]): Block {
  const { i18n, format } = context;
  return {
    type: 'section',
    heading: i18n.t('press-approved.days.heading'),
    blocks: [
      { type: 'list', items: days.map((day) => i18n.value(format.date(day))) },
      { type: 'note', text: i18n.t('press-approved.calendar') },
    ],
  };
}

/** To the journalist: approved; access, what to bring, press days (and their .ics), whom to contact. */
export const pressApproved: EmailTemplate<'press-approved'> = (context) => {
  const { i18n, event, message, now } = context;
  const name = eventName(context);
  const days = requestedDays(event, message.data.days);
  return pressEmail(context, {
    audience: 'journalist',
    subject: i18n.t('subject.press-approved', { event: name }),
    status: [i18n.t('press-approved.status', { event: name })],
    before: [accessSection(context, days), bringSection(context), daysSection(context, days)],
    after: [contactsSection(context, i18n.t('press-approved.contacts'))],
    attachments: [pressCalendar({ event, accreditationId: message.data.accreditationId, days, i18n, stamp: now })],
  });
};
