import * as z from 'zod/mini';
import { DirectoryEntry } from './meeting-api';
import { withMeta } from '../openapi/schema-metadata';
import { lazySchema } from '../openapi/lazy-schema';
import { integerQuery } from './integer-query';

export const RecommendationsQuery = lazySchema(() => z.object({
  limit: integerQuery({ min: 1, max: 20, fallback: 10 }),
}));

/**
 * Why someone is recommended (docs/matchmaking.md, "Score"): `tagId` for the two complementarity
 * kinds (with `inText` when the tag was found in free text rather than picked), `sectorId` for a
 * shared sector. Pages render them with the event's `matchmakingTags` labels in the reader's language.
 */
export const RecommendationReason = lazySchema(() => withMeta(z.object({
  kind: z.enum(['offersWhatYouSeek', 'seeksWhatYouOffer', 'sharedSector', 'crossRegion', 'similarWords']),
  tagId: z.optional(z.string()),
  inText: z.optional(z.boolean()),
  sectorId: z.optional(z.string()),
}), { id: 'RecommendationReason' }));
export type RecommendationReason = z.infer<ReturnType<typeof RecommendationReason>>;

export const RecommendationsView = lazySchema(() => withMeta(z.object({
  registrationId: z.string(),
  recommendations: z.array(z.object({ participant: DirectoryEntry(), score: z.number(), reasons: z.array(RecommendationReason()) })),
  /** When the list was last computed; absent while the worker has not made it yet (or the caller is not in the directory). */
  updatedAt: z.optional(z.string()),
}), { id: 'Recommendations' }));
export type RecommendationsView = z.infer<ReturnType<typeof RecommendationsView>>;
