import type { EmailKindLoaders } from '../email/email-kind';

/** The press accreditation emails (docs/press.md). */
export const pressEmailKinds: EmailKindLoaders<'press-request-received' | 'press-review-requested' | 'press-approved' | 'press-rejected' | 'press-decision-notice'> = {
  'press-request-received': async () => ({ template: (await import('../email/templates/press-request-received')).pressRequestReceived }),
  'press-review-requested': async () => ({ template: (await import('../email/templates/press-review-requested')).pressReviewRequested }),
  'press-approved': async () => ({ template: (await import('../email/templates/press-approved')).pressApproved }),
  'press-rejected': async () => ({ template: (await import('../email/templates/press-rejected')).pressRejected }),
  'press-decision-notice': async () => ({ template: (await import('../email/templates/press-decision-notice')).pressDecisionNotice }),
};
