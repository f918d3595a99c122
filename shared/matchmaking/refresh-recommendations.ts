import { findEvent } from '../events/event-repository';
import { retentionExpiry } from '../registrations/registration-record';
import { planRefresh, type RefreshPlan } from './refresh-plan';
import { withRecommendationLease } from './recommendation-lease';
import { allLists, deleteLists, directoryCandidates, saveLists } from './recommendation-store';

export interface RefreshOutcome {
  mode: RefreshPlan['mode'] | 'no-matchmaking';
  saved: number;
  removed: number;
}

/**
 * Brings an event's stored lists up to date after `changedIds` changed (their profile, their
 * status, their place in the directory) or after the event's settings changed. Reads the
 * directory partition and the lists partition once each, writes only the lists that differ.
 */
export async function refreshRecommendations(eventId: string, changedIds: readonly string[], now = new Date()): Promise<RefreshOutcome> {
  return withRecommendationLease(eventId, async () => {
    const event = await findEvent(eventId);
    const stored = await allLists(eventId);
    if (!event?.matchmaking) {
      await deleteLists(eventId, [...stored.keys()]);
      return { mode: 'no-matchmaking', saved: 0, removed: stored.size };
    }
    const candidates = await directoryCandidates(eventId);
    const plan = planRefresh({ settings: event.matchmaking, candidates, stored, changedIds, now });
    await saveLists(eventId, plan.save, retentionExpiry(event));
    await deleteLists(eventId, plan.remove);
    return { mode: plan.mode, saved: plan.save.length, removed: plan.remove.length };
  });
}
