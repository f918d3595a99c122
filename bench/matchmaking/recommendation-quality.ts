import { MatchProfiler } from '../../shared/matchmaking/match-profile';
import { recommendAll } from '../../shared/matchmaking/recommend-all';
import type { SyntheticMatchEvent, SyntheticParticipant } from './synthetic-match-event';

export interface RecommendationQuality {
  participants: number;
  listed: number;
  /** Mean over readers of |top 10 ∩ relevant| / min(10, |relevant|), readers with at least one relevant person. */
  precisionAt10: number;
  /** Share of planted pairs where each is in the other's top 20 (per reader with a partner). */
  plantedInTop20: number;
  meanRelevantPerReader: number;
  /** Recommendations naming someone outside the directory: must be 0. */
  unlistedShown: number;
  computeMs: number;
}

const intersects = (left: ReadonlySet<string>, right: ReadonlySet<string>) => [...left].some((id) => right.has(id));

/** The truth: both offer something the other really looks for (whatever their profiles show). */
function isRelevant(reader: SyntheticParticipant, candidate: SyntheticParticipant): boolean {
  return (
    candidate.registrationId !== reader.registrationId &&
    candidate.organisation !== reader.organisation &&
    candidate.inDirectory &&
    intersects(candidate.truth.offers, reader.truth.seeks) &&
    intersects(reader.truth.offers, candidate.truth.seeks)
  );
}

/** Recommends to every listed participant of a synthetic event and scores the lists against the planted truth. */
export function measureRecommendationQuality(event: SyntheticMatchEvent): RecommendationQuality {
  const started = performance.now();
  const profiler = new MatchProfiler(event.settings);
  const listed = event.participants.filter((person) => person.inDirectory);
  const profiles = listed.map((person) => profiler.profile(person));
  const options = { pairing: event.settings.pairing, limit: 20, isBlockedPair: () => false };
  const lists = recommendAll(profiles, options);
  const computeMs = performance.now() - started;

  const listedIds = new Set(listed.map((person) => person.registrationId));
  let precisionSum = 0;
  let readers = 0;
  let relevantSum = 0;
  let planted = 0;
  let plantedFound = 0;
  let unlistedShown = 0;
  for (const reader of listed) {
    const list = lists.get(reader.registrationId)!;
    unlistedShown += list.filter((entry) => !listedIds.has(entry.registrationId)).length;
    const relevant = new Set(listed.filter((candidate) => isRelevant(reader, candidate)).map((candidate) => candidate.registrationId));
    relevantSum += relevant.size;
    if (relevant.size > 0) {
      readers += 1;
      precisionSum += list.slice(0, 10).filter((entry) => relevant.has(entry.registrationId)).length / Math.min(10, relevant.size);
    }
    if (reader.plantedPartner && listedIds.has(reader.plantedPartner)) {
      planted += 1;
      if (list.some((entry) => entry.registrationId === reader.plantedPartner)) plantedFound += 1;
    }
  }
  return {
    participants: event.participants.length,
    listed: listed.length,
    precisionAt10: precisionSum / Math.max(readers, 1),
    plantedInTop20: plantedFound / Math.max(planted, 1),
    meanRelevantPerReader: relevantSum / Math.max(listed.length, 1),
    unlistedShown,
    computeMs,
  };
}
