import type { EmailKindLoaders } from '../email/email-kind';

/** The recommendation digest (docs/matchmaking.md). */
export const matchmakingEmailKinds: EmailKindLoaders<'recommendation-digest'> = {
  'recommendation-digest': async () => ({ template: (await import('../email/templates/recommendation-digest')).recommendationDigest }),
};
