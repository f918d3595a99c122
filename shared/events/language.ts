import * as z from 'zod/mini';

/**
 * The three languages every reader-facing text exists in. Its own module (one schema) so that the
 * request and view schemas that name a language do not construct the whole event definition.
 */
export const Language = z.enum(['fr', 'en', 'ar']);
export type Language = z.infer<typeof Language>;
