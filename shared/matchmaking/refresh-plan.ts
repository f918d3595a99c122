import { matchFingerprint, settingsFingerprint } from './match-fingerprint';
import { MatchProfiler, type MatchCandidate, type MatchProfile } from './match-profile';
import { recommendFor, type Recommendation, type RecommendOptions } from './recommend';
import { recommendAll } from './recommend-all';
import type { StoredList } from './recommendation-store';
import type { MatchmakingSettings } from './taxonomy';
import { listsChangedBy } from './update-lists';

/** How many recommendations a stored list keeps; the API shows at most this many. */
export const storedListLength = 20;

/**
 * Above this share of listed people without a list (first run after deploying, lists lost), one
 * batch is cheaper than one incremental update per missing person.
 */
const batchWhenMissingShare = 0.1;

export interface RefreshPlan {
  mode: 'batch' | 'incremental';
  save: StoredList[];
  remove: string[];
}

interface Context {
  settingsHash: string;
  options: RecommendOptions;
  profiles: MatchProfile[];
  byId: Map<string, MatchProfile>;
  hashes: Map<string, string>;
  stored: ReadonlyMap<string, StoredList>;
  now: string;
}

const sameEntries = (left: readonly Recommendation[], right: readonly Recommendation[]) => JSON.stringify(left) === JSON.stringify(right);

function listsToSave(context: Context, lists: ReadonlyMap<string, Recommendation[]>, only?: ReadonlySet<string>): StoredList[] {
  const save: StoredList[] = [];
  for (const [registrationId, recommendations] of lists) {
    if (only && !only.has(registrationId)) continue;
    const matchHash = context.hashes.get(registrationId)!;
    const before = context.stored.get(registrationId);
    const unchanged = before && before.matchHash === matchHash && before.settingsHash === context.settingsHash && sameEntries(before.recommendations, recommendations);
    if (!unchanged) save.push({ registrationId, recommendations, matchHash, settingsHash: context.settingsHash, updatedAt: context.now });
  }
  return save;
}

const listsOfGone = (context: Context) => [...context.stored.keys()].filter((id) => !context.byId.has(id));

function batch(context: Context): RefreshPlan {
  return { mode: 'batch', save: listsToSave(context, recommendAll(context.profiles, context.options)), remove: listsOfGone(context) };
}

/** Someone left the directory: out of every list that holds them (those lists are recomputed whole). */
function withoutPerson(context: Context, working: Map<string, Recommendation[]>, goneId: string, touched: Set<string>): void {
  for (const [readerId, list] of working) {
    if (!list.some((entry) => entry.registrationId === goneId)) continue;
    working.set(readerId, recommendFor(context.byId.get(readerId)!, context.profiles, context.options));
    touched.add(readerId);
  }
}

function incremental(context: Context, changedIds: readonly string[]): RefreshPlan {
  const working = new Map<string, Recommendation[]>();
  for (const profile of context.profiles) working.set(profile.registrationId, context.stored.get(profile.registrationId)?.recommendations ?? []);
  const missing = context.profiles.filter((profile) => !context.stored.has(profile.registrationId)).map((profile) => profile.registrationId);
  const touched = new Set<string>();
  for (const id of [...new Set([...changedIds, ...missing])].sort()) {
    const profile = context.byId.get(id);
    if (!profile) {
      withoutPerson(context, working, id, touched);
      continue;
    }
    const before = context.stored.get(id);
    if (before && before.matchHash === context.hashes.get(id)) continue;
    for (const [readerId, list] of listsChangedBy(profile, context.profiles, working, context.options)) {
      working.set(readerId, list);
      touched.add(readerId);
    }
  }
  return { mode: 'incremental', save: listsToSave(context, working, touched), remove: listsOfGone(context) };
}

/**
 * What to write after some registrations changed: `candidates` is the directory now, `stored` the
 * lists as they are. A batch when the settings changed or most lists are missing; otherwise each
 * changed person is scored against everyone once (docs/matchmaking.md, "Computing the lists").
 * Pairs are not blocked here: declined requests and meetings are filtered when a list is read.
 */
export function planRefresh(args: {
  settings: MatchmakingSettings;
  candidates: readonly MatchCandidate[];
  stored: ReadonlyMap<string, StoredList>;
  changedIds: readonly string[];
  now: Date;
}): RefreshPlan {
  const profiler = new MatchProfiler(args.settings);
  const profiles = args.candidates.map((candidate) => profiler.profile(candidate));
  const context: Context = {
    settingsHash: settingsFingerprint(args.settings),
    options: { pairing: args.settings.pairing, limit: storedListLength, isBlockedPair: () => false },
    profiles,
    byId: new Map(profiles.map((profile) => [profile.registrationId, profile])),
    hashes: new Map(args.candidates.map((candidate) => [candidate.registrationId, matchFingerprint(candidate)])),
    stored: args.stored,
    now: args.now.toISOString(),
  };
  const staleSettings = [...args.stored.values()].some((list) => list.settingsHash !== context.settingsHash);
  const missing = profiles.filter((profile) => !args.stored.has(profile.registrationId)).length;
  if (staleSettings || missing > Math.max(1, profiles.length * batchWhenMissingShare)) return batch(context);
  return incremental(context, args.changedIds);
}
