import type { EmailTemplate } from '../template';
import { agendaEmail } from './agenda-parts';

/** After the organisers published the schedule: the participant's whole agenda, once, with its .ics. */
export const schedulePublished: EmailTemplate<'schedule-published'> = (context) =>
  agendaEmail(context, (event) => ({
    subject: context.i18n.t('subject.schedule-published', { event }),
    status: context.i18n.t('schedule-published.status', { event }),
  }));
