import type { EmailTemplate } from '../template';
import { chosenProgramme, eventName, registrationEmail } from './registration-parts';

/**
 * A seat freed up: moved from the waiting list to confirmed. Carries the .ics. Sessions chosen while
 * waiting that were full by then are named, since the programme shown no longer has them.
 */
export const registrationPromoted: EmailTemplate<'registration-promoted'> = (context) => {
  const { i18n } = context;
  // Items the event no longer has are left out rather than failing the email.
  const known = (context.message.data.fullProgrammeItemIds ?? []).filter((id) => context.event.programme.some((item) => item.id === id));
  const full = chosenProgramme(context.event, known);
  const titles = full.map((item) => i18n.value(item.title[i18n.settings.language]));
  return registrationEmail(context, {
    subject: 'subject.registration-promoted',
    status: [
      i18n.t('registration-promoted.status', { event: eventName(context) }),
      ...(titles.length > 0 ? [i18n.t('registration-promoted.full', { items: i18n.list(titles) })] : []),
    ],
    programme: 'booked',
    calendar: true,
    manageLabel: 'manage.button',
  });
};
