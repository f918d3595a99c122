import type { EmailKindLoaders } from '../email/email-kind';

type MeetingEmailKind =
  | 'meeting-requested'
  | 'meeting-confirmed'
  | 'meeting-accepted'
  | 'meeting-declined'
  | 'meeting-cancelled'
  | 'meeting-expired'
  | 'meeting-answer-reminder'
  | 'agenda-reminder'
  | 'schedule-published';

/** The B2B meeting emails, the agenda reminder and the published schedule (docs/meetings.md). */
export const meetingEmailKinds: EmailKindLoaders<MeetingEmailKind> = {
  'meeting-requested': async () => ({ template: (await import('../email/templates/meeting-requested')).meetingRequested }),
  'meeting-confirmed': async () => ({ template: (await import('../email/templates/meeting-confirmed')).meetingConfirmed }),
  'meeting-accepted': async () => ({ template: (await import('../email/templates/meeting-accepted')).meetingAccepted }),
  'meeting-declined': async () => ({ template: (await import('../email/templates/meeting-declined')).meetingDeclined }),
  'meeting-cancelled': async () => ({ template: (await import('../email/templates/meeting-cancelled')).meetingCancelled }),
  'meeting-expired': async () => ({ template: (await import('../email/templates/meeting-expired')).meetingExpired }),
  'meeting-answer-reminder': async () => ({ template: (await import('../email/templates/meeting-answer-reminder')).meetingAnswerReminder }),
  'agenda-reminder': async () => ({ template: (await import('../email/templates/agenda-reminder')).agendaReminder }),
  'schedule-published': async () => ({ template: (await import('../email/templates/schedule-published')).schedulePublished }),
};
