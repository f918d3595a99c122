import type { EmailKind } from '../email-message';
import type { EmailTemplate } from '../template';
import { organiserSummaryTemplate } from '../../organisers/summary-email-template';
import { agendaReminder } from './agenda-reminder';
import { meetingAccepted } from './meeting-accepted';
import { meetingAnswerReminder } from './meeting-answer-reminder';
import { meetingCancelled } from './meeting-cancelled';
import { meetingConfirmed } from './meeting-confirmed';
import { meetingDeclined } from './meeting-declined';
import { meetingExpired } from './meeting-expired';
import { meetingRequested } from './meeting-requested';
import { pressApproved } from './press-approved';
import { pressDecisionNotice } from './press-decision-notice';
import { pressRejected } from './press-rejected';
import { pressRequestReceived } from './press-request-received';
import { pressReviewRequested } from './press-review-requested';
import { recommendationDigest } from './recommendation-digest';
import { registrationCancelled } from './registration-cancelled';
import { registrationConfirmed } from './registration-confirmed';
import { registrationPromoted } from './registration-promoted';
import { registrationWaitlisted } from './registration-waitlisted';
import { schedulePublished } from './schedule-published';

/**
 * The one table of templates, one entry per email kind. Adding a kind to `EmailMessage` without
 * a row here is a type error.
 */
export const templates: { readonly [K in EmailKind]: EmailTemplate<K> } = {
  'registration-confirmed': registrationConfirmed,
  'registration-waitlisted': registrationWaitlisted,
  'registration-promoted': registrationPromoted,
  'registration-cancelled': registrationCancelled,
  'press-request-received': pressRequestReceived,
  'press-review-requested': pressReviewRequested,
  'press-approved': pressApproved,
  'press-rejected': pressRejected,
  'press-decision-notice': pressDecisionNotice,
  'meeting-requested': meetingRequested,
  'meeting-confirmed': meetingConfirmed,
  'meeting-accepted': meetingAccepted,
  'meeting-declined': meetingDeclined,
  'meeting-cancelled': meetingCancelled,
  'meeting-expired': meetingExpired,
  'meeting-answer-reminder': meetingAnswerReminder,
  'agenda-reminder': agendaReminder,
  'schedule-published': schedulePublished,
  'recommendation-digest': recommendationDigest,
  'organiser-summary': organiserSummaryTemplate,
};
