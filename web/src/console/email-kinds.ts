import type { EmailKind } from '../../../shared/email/email-message';
import type { I18n } from '../i18n/index';

/** Every kind of email the product sends (a kind added to the outbox and not here is a type error below). */
const emailKinds = [
  'registration-confirmed', 'registration-waitlisted', 'registration-promoted', 'registration-cancelled', 'registration-details-changed',
  'press-request-received', 'press-review-requested', 'press-approved', 'press-rejected', 'press-decision-notice',
  'meeting-requested', 'meeting-confirmed', 'meeting-accepted', 'meeting-declined', 'meeting-cancelled', 'meeting-expired', 'meeting-answer-reminder',
  'agenda-reminder', 'schedule-published', 'recommendation-digest', 'organiser-summary',
] as const satisfies readonly EmailKind[];
type Listed = (typeof emailKinds)[number];
const everyKindListed: Exclude<EmailKind, Listed> extends never ? true : never = true;
void everyKindListed;

const isListed = (kind: string): kind is Listed => (emailKinds as readonly string[]).includes(kind);

/**
 * What an email is, in the organiser's language ("Meeting confirmed"; a withdrawn request's cancellation as
 * such, not "Meeting cancelled"); a kind this build does not know stays as the API names it.
 */
export function emailKindLabel(i18n: I18n, email: { kind: string; variant?: 'request-withdrawn' }): string {
  if (email.variant === 'request-withdrawn') return i18n.t('console.emailKind.request-withdrawn');
  return isListed(email.kind) ? i18n.t(`console.emailKind.${email.kind}`) : email.kind;
}
