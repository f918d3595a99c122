/**
 * Who meets whom: a deterministic, Pareto-like demand. Recipients are drawn with Zipf weights
 * (rank r gets 1/r), so a few participants are hubs that many want to meet; requesters uniformly.
 * Each pair meets once and nobody has more than `maxPerParticipant` meetings, so that a schedule
 * placing every meeting can exist.
 */
import { seededRandom as random } from '../seeded-random';

export interface DemandShape {
  participants: number;
  meetings: number;
  maxPerParticipant: number;
  seed: number;
}

function zipfSampler(count: number, next: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= count; rank += 1) cumulative.push((total += 1 / rank));
  return () => {
    const target = next() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** Meetings as [requester index, recipient index] pairs of participant indexes. */
export function meetingPairs(shape: DemandShape): [number, number][] {
  if (shape.meetings * 2 > shape.participants * shape.maxPerParticipant) throw new Error('More meetings than the per-participant cap allows');
  const next = random(shape.seed);
  const recipient = zipfSampler(shape.participants, next);
  const degree = new Array<number>(shape.participants).fill(0);
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (let draws = 0; pairs.length < shape.meetings; draws += 1) {
    if (draws > shape.meetings * 1_000) throw new Error(`Could not draw ${shape.meetings} meetings under the cap`);
    const to = recipient();
    const from = Math.floor(next() * shape.participants);
    const key = from < to ? `${from}-${to}` : `${to}-${from}`;
    if (from === to || seen.has(key) || degree[from]! >= shape.maxPerParticipant || degree[to]! >= shape.maxPerParticipant) continue;
    seen.add(key);
    degree[from] = degree[from]! + 1;
    degree[to] = degree[to]! + 1;
    pairs.push([from, to]);
  }
  return pairs;
}
