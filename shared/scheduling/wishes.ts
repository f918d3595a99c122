/**
 * Soft wishes (MeetingRequest.wishedSlots and ParticipantDefinition.wishes) compiled into one table: for each
 * meeting and slot, how many of the meeting's wishes that slot leaves unhonoured. The search adds
 * wishWeight x that count to its energy, so a wish is a cost per meeting, evaluated in one lookup per moved
 * meeting like the breaks are. An unplaced meeting leaves all of its wishes unhonoured.
 */
import type { SchedulingProblem } from './model';

export interface CompiledWishes {
  /** Number of wishes on each meeting (its wished slots, and each preference of either side). */
  readonly wishesOf: Uint8Array;
  /** unhonouredAt[m * S + s]: wishes of meeting m left unhonoured when it takes slot s. */
  readonly unhonouredAt: Uint8Array;
  /** Wishes expressed over all meetings. */
  readonly total: number;
}

/** A slot set as a mask over the S slots; out-of-range slots are reported through `invalid`. */
function slotMask(slots: readonly number[], S: number, invalid: (slot: number) => never): Uint8Array {
  const mask = new Uint8Array(S);
  for (const s of slots) {
    if (!Number.isInteger(s) || s < 0 || s >= S) invalid(s);
    mask[s] = 1;
  }
  return mask;
}

/**
 * The wish table of a problem whose participants (by index) and meetings' sides are known; undefined when
 * nobody wished anything, so that problems without wishes pay nothing. `fail` reports malformed input.
 */
export function compileWishes(
  problem: SchedulingProblem,
  S: number,
  participantIndex: ReadonlyMap<string, number>,
  sides: { readonly ma: Int32Array; readonly mb: Int32Array },
  fail: (message: string) => never,
): CompiledWishes | undefined {
  const M = problem.meetings.length;
  const preferences: Uint8Array[][] = [];
  for (const participant of problem.participants ?? []) {
    const masks = (participant.wishes ?? []).map((wish) =>
      slotMask(wish.slots, S, (s) => fail(`Participant "${participant.id}" wishes slot ${s} (${wish.kind}), which does not exist.`)),
    );
    preferences[participantIndex.get(participant.id)!] = masks;
  }
  const hasWishes = problem.meetings.some((m) => m.wishedSlots !== undefined) || preferences.some((list) => list !== undefined && list.length > 0);
  if (!hasWishes) return undefined;
  const wishesOf = new Uint8Array(M);
  const unhonouredAt = new Uint8Array(M * S);
  let total = 0;
  for (let m = 0; m < M; m++) {
    const meeting = problem.meetings[m]!;
    const masks = [...(preferences[sides.ma[m]!] ?? []), ...(preferences[sides.mb[m]!] ?? [])];
    if (meeting.wishedSlots !== undefined) {
      masks.push(slotMask(meeting.wishedSlots, S, (s) => fail(`Meeting "${meeting.id}" wishes slot ${s}, which does not exist.`)));
    }
    if (masks.length > 255) fail(`Meeting "${meeting.id}" carries more than 255 wishes.`);
    wishesOf[m] = masks.length;
    total += masks.length;
    for (let s = 0; s < S; s++) {
      let missed = 0;
      for (const mask of masks) if (mask[s] !== 1) missed++;
      unhonouredAt[m * S + s] = missed;
    }
  }
  return { wishesOf, unhonouredAt, total };
}

/** Wishes of meeting m left unhonoured in slot s (-1 = unplaced: all of them). */
export function unhonouredWishes(wishes: CompiledWishes, S: number, m: number, s: number): number {
  return s < 0 ? wishes.wishesOf[m]! : wishes.unhonouredAt[m * S + s]!;
}
