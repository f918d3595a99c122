import * as z from 'zod';
import { DirectoryEntry } from './meeting-api';

export const RecommendationsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(20).default(10),
});

/**
 * Why someone is recommended (docs/matchmaking.md, "Score"): `tagId` for the two complementarity
 * kinds (with `inText` when the tag was found in free text rather than picked), `sectorId` for a
 * shared sector. Pages render them with the event's `matchmakingTags` labels in the reader's language.
 */
export const RecommendationReason = z
  .object({
    kind: z.enum(['offersWhatYouSeek', 'seeksWhatYouOffer', 'sharedSector', 'crossRegion', 'similarWords']),
    tagId: z.string().optional(),
    inText: z.boolean().optional(),
    sectorId: z.string().optional(),
  })
  .meta({ id: 'RecommendationReason' });
export type RecommendationReason = z.infer<typeof RecommendationReason>;

export const RecommendationsView = z
  .object({
    registrationId: z.string(),
    recommendations: z.array(z.object({ participant: DirectoryEntry, score: z.number(), reasons: z.array(RecommendationReason) })),
    /** When the list was last computed; absent while the worker has not made it yet (or the caller is not in the directory). */
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'Recommendations' });
export type RecommendationsView = z.infer<typeof RecommendationsView>;
