import type { EmailKindLoaders } from '../email/email-kind';

/** The organisers' summary (docs/organisers.md). */
export const organiserEmailKinds: EmailKindLoaders<'organiser-summary'> = {
  'organiser-summary': async () => ({ template: (await import('./summary-email-template')).organiserSummaryTemplate }),
};
