import type { EmailTemplate } from '../template';
import { agendaEmail } from './agenda-parts';

/**
 * After the organisers published the schedule: the participant's whole agenda, once, with its .ics, and
 * how many of their wishes (proposed slots, scheduling preferences) the schedule honoured, if they had any.
 */
export const schedulePublished: EmailTemplate<'schedule-published'> = (context) =>
  agendaEmail(context, (event) => {
    const wishes = context.message.data.wishes;
    return {
      subject: context.i18n.t('subject.schedule-published', { event }),
      status: context.i18n.t('schedule-published.status', { event }),
      ...(wishes !== undefined && wishes.expressed > 0
        ? { more: [context.i18n.plural('wishes.honoured', wishes.expressed, { honoured: wishes.honoured })] }
        : {}),
    };
  });
