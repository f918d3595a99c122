import type { EmailTemplate } from '../template';
import { agendaEmail } from './agenda-parts';

/** The day before: the participant's meetings and sessions in time order, their .ics (PUBLISH), the feed link. */
export const agendaReminder: EmailTemplate<'agenda-reminder'> = (context) =>
  agendaEmail(context, (event) => ({
    subject: context.i18n.t('subject.agenda-reminder', { event }),
    status: context.i18n.t('agenda-reminder.status', { event }),
  }));
