import { findEvent } from '../events/event-repository';
import { retentionExpiry } from '../registrations/registration-record';
import { clearDirty, markDirty, readDirty, settingsChanged } from './dirty-set';
import { planRefresh, type RefreshPlan } from './refresh-plan';
import { ifLeaseFree, LeaseBusyError, withRecommendationLease } from './recommendation-lease';
import { allLists, deleteLists, directoryCandidates, saveLists } from './recommendation-store';

export interface RefreshOutcome {
  mode: RefreshPlan['mode'] | 'no-matchmaking' | 'coalesced';
  saved: number;
  removed: number;
  /** Refreshes this call ran (0: another worker applied its changes), and their time, waits excluded. */
  rounds?: number;
  refreshMs?: number;
}

/** A waiting worker gives up after this long (the stream retries it), well within its 120 s Lambda timeout. */
const waitForOthersMs = 60_000;
/** The lease holder stops starting new rounds after this long, leaving the rest to the workers still waiting. */
const drainForMs = 60_000;
const pollMs = 200;

/** One refresh, the lease held: reads the directory and lists partitions once each, writes only the lists that differ. */
async function refreshOnce(eventId: string, changedIds: readonly string[], now: Date): Promise<RefreshOutcome> {
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
}

/**
 * Brings an event's stored lists up to date after `changedIds` changed (their profile, their
 * status, their place in the directory) or after the event's settings changed, holding the lease
 * (waits for it a few seconds, then throws).
 */
export async function refreshRecommendations(eventId: string, changedIds: readonly string[], now = new Date()): Promise<RefreshOutcome> {
  return withRecommendationLease(eventId, () => refreshOnce(eventId, changedIds, now));
}

/** The lease held: refreshes for everything marked, round after round, until nothing is left (or time is up). */
async function drain(eventId: string): Promise<RefreshOutcome> {
  const total: RefreshOutcome = { mode: 'coalesced', saved: 0, removed: 0, rounds: 0, refreshMs: 0 };
  const until = Date.now() + drainForMs;
  while (Date.now() < until) {
    const dirty = await readDirty(eventId);
    if (dirty.ids.length === 0) break;
    const started = Date.now();
    const outcome = await refreshOnce(eventId, dirty.ids.filter((id) => id !== settingsChanged), new Date());
    Object.assign(total, {
      mode: outcome.mode,
      saved: total.saved + outcome.saved,
      removed: total.removed + outcome.removed,
      rounds: total.rounds! + 1,
      refreshMs: total.refreshMs! + Date.now() - started,
    });
    // Marked meanwhile: the ids stay and the next round takes them with the new ones.
    await clearDirty(eventId, dirty);
  }
  return total;
}

/**
 * The stream worker's refresh, coalesced across workers (docs/matchmaking.md, "Bursts"): marks its
 * changes in the event's dirty set, then either takes the lease and refreshes for everything marked
 * (its own changes and those of every worker that marked while it waited), or, while another worker
 * holds the lease, waits until its changes are cleared by that worker. A burst of registrations thus
 * costs a few refreshes instead of one per stream batch. Gives up (throws, the stream retries) if its
 * changes are still marked after a minute; marking again is harmless.
 */
export async function refreshCoalesced(eventId: string, changedIds: readonly string[]): Promise<RefreshOutcome> {
  const mine = changedIds.length > 0 ? [...changedIds] : [settingsChanged];
  await markDirty(eventId, mine);
  const deadline = Date.now() + waitForOthersMs;
  for (;;) {
    const held = await ifLeaseFree(eventId, () => drain(eventId));
    if (held) return held.value;
    const { ids } = await readDirty(eventId);
    if (!mine.some((id) => ids.includes(id))) return { mode: 'coalesced', saved: 0, removed: 0, rounds: 0, refreshMs: 0 };
    if (Date.now() > deadline) throw new LeaseBusyError(`recommendations of ${eventId}: changes still waiting after ${waitForOthersMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
