/**
 * Turns a {@link SchedulingProblem} into the dense, integer-indexed form the solver works on: typed arrays
 * of participants, meetings, legal slots per meeting and the bit layout used to count breaks.
 *
 * Malformed input (a meeting with itself, duplicate ids, sessions that are not consecutive, out-of-range
 * slot numbers in availability) throws a {@link SchedulingInputError}. Problems that are well formed but
 * cannot be satisfied (a locked slot that is not allowed, two sides without a common slot) are not errors:
 * those meetings are reported as unplaced with a reason.
 */
import type { SchedulingProblem, UnplacedReasonCode } from './model';
import { compileWishes, type CompiledWishes } from './wishes';

/** The most tables a slot may have (the table counts are stored as 32-bit integers). */
export const MAX_TABLES = 2 ** 31 - 1;

export class SchedulingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchedulingInputError';
  }
}

export interface PreUnplaced {
  readonly reason: UnplacedReasonCode;
  readonly detail: string;
}

export interface CompiledProblem {
  /** Numbers of slots, participants, meetings and gap groups. */
  readonly S: number;
  readonly P: number;
  readonly M: number;
  readonly G: number;
  readonly participantIds: readonly string[];
  readonly meetingIds: readonly string[];
  readonly slotLabels: readonly string[];
  /** Participants (indices) of each meeting. */
  readonly ma: Int32Array;
  readonly mb: Int32Array;
  /** Tables per slot. */
  readonly cap: Int32Array;
  /** Gap group (session or day, see GapScope) of each slot; groups are runs of consecutive slots. */
  readonly slotGroup: Int32Array;
  readonly groupStart: Int32Array;
  readonly groupEnd: Int32Array;
  /** Bit layout: 32-bit words per participant, word and bit of each slot, first word and word count per group. */
  readonly W: number;
  readonly slotWord: Int32Array;
  readonly slotBit: Int32Array;
  readonly groupWord: Int32Array;
  readonly groupWords: Int32Array;
  /** Legal slots of meeting m: domain[domainStart[m] .. domainStart[m+1]). Empty for pre-unplaced meetings. */
  readonly domainStart: Int32Array;
  readonly domain: Int32Array;
  /** legal[m * S + s] = 1 if meeting m may take slot s. */
  readonly legal: Uint8Array;
  /** Locked slot (-1 if none) and table (0 if none) per meeting. */
  readonly fixedSlot: Int32Array;
  readonly fixedTable: Int32Array;
  /** unavailable[p * S + s] = 1 if participant p cannot meet in slot s. */
  readonly unavailable: Uint8Array;
  /** Meetings that can never be placed, with the reason. */
  readonly preUnplaced: ReadonlyMap<number, PreUnplaced>;
  /** Meetings of participant p: partMeetings[partStart[p] .. partStart[p+1]). */
  readonly partStart: Int32Array;
  readonly partMeetings: Int32Array;
  /** Soft wishes (wishes.ts); undefined when the problem has none. */
  readonly wishes?: CompiledWishes;
}

function slotName(problem: SchedulingProblem, s: number): string {
  const id = problem.slots[s]?.id;
  return id === undefined ? `slot ${s}` : `slot ${s} (${id})`;
}

export function compileProblem(problem: SchedulingProblem): CompiledProblem {
  const S = problem.slots.length;
  if (S === 0) throw new SchedulingInputError('The problem has no slots.');
  const scope = problem.gapScope ?? 'day';

  // Sessions (and days) must be runs of consecutive slots.
  const seenSession = new Set<string>();
  const seenDay = new Set<string>();
  const slotGroup = new Int32Array(S);
  const groupStartList: number[] = [];
  const groupEndList: number[] = [];
  for (let s = 0; s < S; s++) {
    const slot = problem.slots[s]!;
    const day = slot.day ?? '';
    const prev = s > 0 ? problem.slots[s - 1]! : undefined;
    const newSession = prev === undefined || prev.session !== slot.session;
    const newDay = prev === undefined || (prev.day ?? '') !== day;
    if (newSession) {
      if (seenSession.has(slot.session)) {
        throw new SchedulingInputError(`The slots of session "${slot.session}" are not consecutive.`);
      }
      seenSession.add(slot.session);
    } else if (newDay) {
      throw new SchedulingInputError(`Session "${slot.session}" spans two days.`);
    }
    if (newDay) {
      if (seenDay.has(day)) throw new SchedulingInputError(`The slots of day "${day}" are not consecutive.`);
      seenDay.add(day);
    }
    const newGroup = scope === 'session' ? newSession : newDay;
    if (newGroup) {
      if (groupStartList.length > 0) groupEndList.push(s);
      groupStartList.push(s);
    }
    slotGroup[s] = groupStartList.length - 1;
  }
  groupEndList.push(S);
  const G = groupStartList.length;
  const groupStart = Int32Array.from(groupStartList);
  const groupEnd = Int32Array.from(groupEndList);

  // Tables. Checked before they are stored: an Int32Array truncates 1.5 to 1, turns NaN and Infinity into 0
  // (a programme block) and wraps 2^32 + 1 to 1, so a check of the stored values cannot see those.
  if (typeof problem.tables !== 'number' && problem.tables.length !== S) {
    throw new SchedulingInputError(`tables has ${problem.tables.length} entries for ${S} slots.`);
  }
  const cap = new Int32Array(S);
  for (let s = 0; s < S; s++) {
    const tables = typeof problem.tables === 'number' ? problem.tables : problem.tables[s];
    if (typeof tables !== 'number' || !Number.isInteger(tables) || tables < 0 || tables > MAX_TABLES) {
      throw new SchedulingInputError(`Invalid table count ${String(tables)} at ${slotName(problem, s)}: a whole number from 0 to ${MAX_TABLES} is expected.`);
    }
    cap[s] = tables;
  }

  // Bit layout: every group starts on a fresh 32-bit word; only slots with tables get a bit, so a
  // programme block (0 tables) is invisible to gaps, like the lunch between two sessions of a day.
  const slotWord = new Int32Array(S).fill(-1);
  const slotBit = new Int32Array(S).fill(-1);
  const groupWord = new Int32Array(G);
  const groupWords = new Int32Array(G);
  let W = 0;
  for (let g = 0; g < G; g++) {
    let rank = 0;
    groupWord[g] = W;
    for (let s = groupStart[g]!; s < groupEnd[g]!; s++) {
      if (cap[s] === 0) continue;
      slotWord[s] = W + (rank >> 5);
      slotBit[s] = rank & 31;
      rank++;
    }
    groupWords[g] = Math.max(1, Math.ceil(rank / 32));
    W += groupWords[g]!;
  }

  // Participants.
  const participantIndex = new Map<string, number>();
  const participantIds: string[] = [];
  const indexOf = (id: string): number => {
    let p = participantIndex.get(id);
    if (p === undefined) {
      p = participantIds.length;
      participantIndex.set(id, p);
      participantIds.push(id);
    }
    return p;
  };
  const unavailableLists: (readonly number[] | undefined)[] = [];
  for (const participant of problem.participants ?? []) {
    if (participantIndex.has(participant.id)) {
      throw new SchedulingInputError(`Participant "${participant.id}" is listed twice.`);
    }
    unavailableLists[indexOf(participant.id)] = participant.unavailable;
  }
  const M = problem.meetings.length;
  const ma = new Int32Array(M);
  const mb = new Int32Array(M);
  const meetingIds: string[] = [];
  const seenMeeting = new Set<string>();
  for (let m = 0; m < M; m++) {
    const meeting = problem.meetings[m]!;
    if (seenMeeting.has(meeting.id)) throw new SchedulingInputError(`Meeting id "${meeting.id}" is used twice.`);
    seenMeeting.add(meeting.id);
    if (meeting.a === meeting.b) throw new SchedulingInputError(`Meeting "${meeting.id}" has the same participant on both sides.`);
    meetingIds.push(meeting.id);
    ma[m] = indexOf(meeting.a);
    mb[m] = indexOf(meeting.b);
  }
  const P = participantIds.length;
  const unavailable = new Uint8Array(P * S);
  for (let p = 0; p < P; p++) {
    for (const s of unavailableLists[p] ?? []) {
      if (!Number.isInteger(s) || s < 0 || s >= S) {
        throw new SchedulingInputError(`Participant "${participantIds[p]}" is unavailable in slot ${s}, which does not exist.`);
      }
      unavailable[p * S + s] = 1;
    }
  }

  const wishes = compileWishes(problem, S, participantIndex, { ma, mb }, (message) => {
    throw new SchedulingInputError(message);
  });

  // Session of each slot, to check wishes.
  const sessionOf = problem.slots.map((slot) => slot.session);
  const sessions = new Set(sessionOf);

  // Legal slots and locked meetings.
  const legal = new Uint8Array(M * S);
  const fixedSlot = new Int32Array(M).fill(-1);
  const fixedTable = new Int32Array(M);
  const preUnplaced = new Map<number, PreUnplaced>();
  const fixedBusy = new Map<number, string>(); // p * S + s -> meeting id
  const fixedCount = new Int32Array(S);
  const fixedTableUsed = new Map<number, string>(); // s * 2^31 + table -> meeting id (tables < 2^31, MAX_TABLES)
  const domainStart = new Int32Array(M + 1);
  const domainList: number[] = [];
  for (let m = 0; m < M; m++) {
    domainStart[m] = domainList.length;
    const meeting = problem.meetings[m]!;
    const a = ma[m]!;
    const b = mb[m]!;
    if (meeting.sessionWish !== undefined && !sessions.has(meeting.sessionWish)) {
      preUnplaced.set(m, { reason: 'no-common-slot', detail: `The wished session "${meeting.sessionWish}" does not exist.` });
      continue;
    }
    const allowed = (s: number): string | undefined => {
      if (cap[s] === 0) return `${slotName(problem, s)} has no table (programme block)`;
      if (meeting.sessionWish !== undefined && sessionOf[s] !== meeting.sessionWish) {
        return `${slotName(problem, s)} is not in the wished session "${meeting.sessionWish}"`;
      }
      if (unavailable[a * S + s]) return `${meeting.a} is unavailable in ${slotName(problem, s)}`;
      if (unavailable[b * S + s]) return `${meeting.b} is unavailable in ${slotName(problem, s)}`;
      return undefined;
    };
    if (meeting.fixed !== undefined) {
      const s = meeting.fixed.slot;
      const table = meeting.fixed.table;
      if (!Number.isInteger(s) || s < 0 || s >= S) {
        preUnplaced.set(m, { reason: 'fixed-slot-invalid', detail: `The locked slot ${s} does not exist.` });
        continue;
      }
      const why = allowed(s);
      if (why !== undefined) {
        preUnplaced.set(m, { reason: 'fixed-slot-invalid', detail: `Locked to ${slotName(problem, s)}, but ${why}.` });
        continue;
      }
      if (table !== undefined && (!Number.isInteger(table) || table < 1 || table > cap[s]!)) {
        preUnplaced.set(m, { reason: 'fixed-slot-invalid', detail: `Locked to table ${table}, but ${slotName(problem, s)} has tables 1..${cap[s]}.` });
        continue;
      }
      const clashA = fixedBusy.get(a * S + s);
      const clashB = fixedBusy.get(b * S + s);
      if (clashA !== undefined || clashB !== undefined) {
        const who = clashA !== undefined ? meeting.a : meeting.b;
        preUnplaced.set(m, {
          reason: 'fixed-conflict',
          detail: `Locked to ${slotName(problem, s)}, where ${who} already has the locked meeting "${clashA ?? clashB}".`,
        });
        continue;
      }
      if (fixedCount[s]! >= cap[s]!) {
        preUnplaced.set(m, { reason: 'fixed-conflict', detail: `Locked to ${slotName(problem, s)}, whose ${cap[s]} tables are all taken by locked meetings.` });
        continue;
      }
      if (table !== undefined) {
        const key = s * 2 ** 31 + table; // exact below 2^53: no two (slot, table) pairs share a key
        const clash = fixedTableUsed.get(key);
        if (clash !== undefined) {
          preUnplaced.set(m, { reason: 'fixed-conflict', detail: `Locked to table ${table} in ${slotName(problem, s)}, which the locked meeting "${clash}" has.` });
          continue;
        }
        fixedTableUsed.set(key, meeting.id);
        fixedTable[m] = table;
      }
      fixedBusy.set(a * S + s, meeting.id);
      fixedBusy.set(b * S + s, meeting.id);
      fixedCount[s]!++;
      fixedSlot[m] = s;
      legal[m * S + s] = 1;
      domainList.push(s);
      continue;
    }
    for (let s = 0; s < S; s++) {
      if (allowed(s) === undefined) {
        legal[m * S + s] = 1;
        domainList.push(s);
      }
    }
    if (domainList.length === domainStart[m]) {
      const detail = meeting.sessionWish !== undefined
        ? `${meeting.a} and ${meeting.b} have no common available slot with a table in session "${meeting.sessionWish}".`
        : `${meeting.a} and ${meeting.b} have no common available slot with a table.`;
      preUnplaced.set(m, { reason: 'no-common-slot', detail });
    }
  }
  domainStart[M] = domainList.length;

  // Meetings per participant.
  const partStart = new Int32Array(P + 1);
  for (let m = 0; m < M; m++) {
    partStart[ma[m]! + 1]!++;
    partStart[mb[m]! + 1]!++;
  }
  for (let p = 0; p < P; p++) partStart[p + 1]! += partStart[p]!;
  const fill = partStart.slice(0, P);
  const partMeetings = new Int32Array(2 * M);
  for (let m = 0; m < M; m++) {
    partMeetings[fill[ma[m]!]!++] = m;
    partMeetings[fill[mb[m]!]!++] = m;
  }

  return {
    S,
    P,
    M,
    G,
    participantIds,
    meetingIds,
    slotLabels: problem.slots.map((_, s) => slotName(problem, s)),
    ma,
    mb,
    cap,
    slotGroup,
    groupStart,
    groupEnd,
    W,
    slotWord,
    slotBit,
    groupWord,
    groupWords,
    domainStart,
    domain: Int32Array.from(domainList),
    legal,
    fixedSlot,
    fixedTable,
    unavailable,
    preUnplaced,
    partStart,
    partMeetings,
    ...(wishes === undefined ? {} : { wishes }),
  };
}
