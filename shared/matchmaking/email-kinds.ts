import type { EmailKindDefinitions } from '../email/email-kind';
import { recommendationDigest } from '../email/templates/recommendation-digest';

/** The recommendation digest (docs/matchmaking.md). */
export const matchmakingEmailKinds: EmailKindDefinitions<'recommendation-digest'> = {
  'recommendation-digest': { template: recommendationDigest },
};
