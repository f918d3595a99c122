import type { EmailKindDefinitions } from '../email/email-kind';
import { organiserSummaryTemplate } from './summary-email-template';

/** The organisers' summary (docs/organisers.md). */
export const organiserEmailKinds: EmailKindDefinitions<'organiser-summary'> = {
  'organiser-summary': { template: organiserSummaryTemplate },
};
