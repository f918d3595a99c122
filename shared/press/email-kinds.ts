import type { EmailKindDefinitions } from '../email/email-kind';
import { pressApproved } from '../email/templates/press-approved';
import { pressDecisionNotice } from '../email/templates/press-decision-notice';
import { pressRejected } from '../email/templates/press-rejected';
import { pressRequestReceived } from '../email/templates/press-request-received';
import { pressReviewRequested } from '../email/templates/press-review-requested';

/** The press accreditation emails (docs/press.md). */
export const pressEmailKinds: EmailKindDefinitions<'press-request-received' | 'press-review-requested' | 'press-approved' | 'press-rejected' | 'press-decision-notice'> = {
  'press-request-received': { template: pressRequestReceived },
  'press-review-requested': { template: pressReviewRequested },
  'press-approved': { template: pressApproved },
  'press-rejected': { template: pressRejected },
  'press-decision-notice': { template: pressDecisionNotice },
};
