import type { EmailKindDefinitions } from '../email/email-kind';
import { agendaReminder } from '../email/templates/agenda-reminder';
import { meetingAccepted } from '../email/templates/meeting-accepted';
import { meetingAnswerReminder } from '../email/templates/meeting-answer-reminder';
import { meetingCancelled } from '../email/templates/meeting-cancelled';
import { meetingConfirmed } from '../email/templates/meeting-confirmed';
import { meetingDeclined } from '../email/templates/meeting-declined';
import { meetingExpired } from '../email/templates/meeting-expired';
import { meetingRequested } from '../email/templates/meeting-requested';
import { schedulePublished } from '../email/templates/schedule-published';

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
export const meetingEmailKinds: EmailKindDefinitions<MeetingEmailKind> = {
  'meeting-requested': { template: meetingRequested },
  'meeting-confirmed': { template: meetingConfirmed },
  'meeting-accepted': { template: meetingAccepted },
  'meeting-declined': { template: meetingDeclined },
  'meeting-cancelled': { template: meetingCancelled },
  'meeting-expired': { template: meetingExpired },
  'meeting-answer-reminder': { template: meetingAnswerReminder },
  'agenda-reminder': { template: agendaReminder },
  'schedule-published': { template: schedulePublished },
};
