/**
 * Harder variants of the published instances, for the coverage phase: what organisers' events look like
 * once many meetings are locked and people have gaps in their availability.
 *
 * From an instance and a schedule of it (any valid one, e.g. the solver's): `lockedShare` of the meetings
 * are locked to their slot in that schedule (so the locks never clash); `unavailableShare` of the
 * participants lose `unavailableSlots` random slots where they have no locked meeting; and
 * `overbookedParticipants` participants are made unavailable in all but a few slots, fewer than their
 * meetings (an infeasible participant: some of their meetings cannot take place). Wishes are planted too
 * (wishes as soft constraints): `wishedMeetingShare` of the unlocked meetings wish their slot in the known
 * schedule (and, half of them, one random slot more), like a proposed slot accepted without a time, and
 * `preferenceShare` of the participants wish to meet no earlier than their first meeting there ('earliest'),
 * so the known schedule honours every wish that the new unavailability leaves possible. Seeded: the same
 * options give the same variant (the wishes come from a generator of their own, so the locks and gaps are
 * those of a variant without wishes).
 */
import type { MeetingRequest, ParticipantDefinition, SchedulingProblem } from '../../shared/scheduling/model';
import { Prng } from '../../shared/scheduling/prng';

export interface VariantOptions {
  readonly seed: number;
  /** Share of the meetings locked to their slot in the known schedule (default 0.4). */
  readonly lockedShare?: number;
  /** Share of the participants with random unavailable slots (default 0.3). */
  readonly unavailableShare?: number;
  /** How many random slots each of them loses (default 3). */
  readonly unavailableSlots?: number;
  /** Participants left with fewer free slots than meetings (default 2). */
  readonly overbookedParticipants?: number;
  /** Share of the unlocked meetings given wished slots (default 0.25; 0 plants none). */
  readonly wishedMeetingShare?: number;
  /** Share of the participants given an 'earliest' preference (default 0.1). */
  readonly preferenceShare?: number;
}

/** Offset of the wishes' generator seed from the variant's, so that planting wishes changes nothing else. */
const WISH_SEED_OFFSET = 7919;

function plantWishes(
  problem: SchedulingProblem,
  participants: readonly ParticipantDefinition[],
  known: ReadonlyMap<string, number>,
  options: VariantOptions,
): SchedulingProblem {
  const rng = new Prng(options.seed + WISH_SEED_OFFSET);
  const S = problem.slots.length;
  const meetings = problem.meetings.map((m): MeetingRequest => {
    const slot = known.get(m.id);
    if (slot === undefined || m.fixed !== undefined || rng.next() >= (options.wishedMeetingShare ?? 0.25)) return m;
    return { ...m, wishedSlots: rng.next() < 0.5 ? [slot] : [...new Set([slot, rng.int(S)])].sort((x, y) => x - y) };
  });
  const firstKnown = new Map<string, number>();
  for (const m of problem.meetings) {
    const slot = known.get(m.id);
    if (slot === undefined) continue;
    for (const p of [m.a, m.b]) firstKnown.set(p, Math.min(slot, firstKnown.get(p) ?? slot));
  }
  const withPreferences = participants.map((p): ParticipantDefinition => {
    const first = firstKnown.get(p.id);
    if (first === undefined || first === 0 || rng.next() >= (options.preferenceShare ?? 0.1)) return p;
    return { ...p, wishes: [{ kind: 'earliest', slots: [...Array(S).keys()].filter((s) => s >= first) }] };
  });
  return { ...problem, participants: withPreferences, meetings };
}

/** `known`: meeting id -> slot of a valid schedule of `problem`. */
export function harderVariant(problem: SchedulingProblem, known: ReadonlyMap<string, number>, options: VariantOptions): SchedulingProblem {
  const rng = new Prng(options.seed);
  const S = problem.slots.length;
  const lockedShare = options.lockedShare ?? 0.4;
  const meetings: MeetingRequest[] = problem.meetings.map((m) => {
    const slot = known.get(m.id);
    return slot !== undefined && m.fixed === undefined && rng.next() < lockedShare ? { ...m, fixed: { slot } } : m;
  });
  const ids = [...new Set(meetings.flatMap((m) => [m.a, m.b]))];
  const lockedSlots = new Map<string, Set<number>>(ids.map((id) => [id, new Set<number>()]));
  const meetingCount = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const m of meetings) {
    for (const p of [m.a, m.b]) meetingCount.set(p, meetingCount.get(p)! + 1);
    if (m.fixed !== undefined) for (const p of [m.a, m.b]) lockedSlots.get(p)!.add(m.fixed.slot);
  }
  const unavailable = new Map<string, Set<number>>(
    ids.map((id) => [id, new Set(problem.participants?.find((p) => p.id === id)?.unavailable ?? [])]),
  );
  const freeSlotsOf = (id: string): number[] => [...Array(S).keys()].filter((s) => !lockedSlots.get(id)!.has(s) && !unavailable.get(id)!.has(s));
  for (const id of ids) {
    if (rng.next() >= (options.unavailableShare ?? 0.3)) continue;
    const free = freeSlotsOf(id);
    for (let k = 0; k < (options.unavailableSlots ?? 3) && free.length > 0; k++) unavailable.get(id)!.add(free.splice(rng.int(free.length), 1)[0]!);
  }
  const busiest = [...ids].sort((x, y) => meetingCount.get(y)! - meetingCount.get(x)! || x.localeCompare(y));
  for (const id of busiest.slice(0, options.overbookedParticipants ?? 2)) {
    // Keep the locked slots and one free slot fewer than the meetings that are not locked.
    const free = freeSlotsOf(id);
    const keep = Math.max(0, meetingCount.get(id)! - lockedSlots.get(id)!.size - 1);
    while (free.length > keep) unavailable.get(id)!.add(free.splice(rng.int(free.length), 1)[0]!);
  }
  const participants: ParticipantDefinition[] = ids.map((id) => ({ id, unavailable: [...unavailable.get(id)!].sort((x, y) => x - y) }));
  return plantWishes({ ...problem, meetings }, participants, known, options);
}
