/**
 * Independent checker of a schedule against every hard constraint of its problem. It shares no code with
 * the solver (only the types): everything is recomputed from the problem and the assignments.
 *
 * Hard constraints: every meeting is either assigned once or reported unplaced (with requireAllPlaced, none
 * is unplaced); slots and tables exist; at most one meeting per table and per participant in a slot (so no
 * more meetings than tables); nobody meets in a slot they are unavailable; session wishes and locked slots
 * and tables are kept. If the schedule carries figures, they are recomputed and compared.
 */
import type { ScheduleFigures, SchedulingProblem, ScheduleToValidate } from './model';

export type ViolationKind =
  | 'unknown-meeting'
  | 'duplicate-assignment'
  | 'missing-meeting'
  | 'assigned-and-unplaced'
  | 'unplaced'
  | 'slot-out-of-range'
  | 'table-out-of-range'
  | 'table-clash'
  | 'capacity-exceeded'
  | 'participant-double-booked'
  | 'participant-unavailable'
  | 'session-wish'
  | 'fixed-slot-moved'
  | 'fixed-table-moved'
  | 'figures-mismatch';

export interface Violation {
  readonly kind: ViolationKind;
  readonly message: string;
  readonly meetingId?: string;
  readonly slot?: number;
}

export interface ValidateOptions {
  /** Report every unplaced meeting as a violation (the benchmark requires all meetings placed). */
  readonly requireAllPlaced?: boolean;
}

const FIGURE_KEYS = ['placed', 'unplaced', 'requested', 'breaks', 'idleSlots', 'maxBreaksPerParticipant', 'wishesExpressed', 'wishesHonoured'] as const;

export function validateSchedule(
  problem: SchedulingProblem,
  schedule: ScheduleToValidate,
  options: ValidateOptions = {},
): Violation[] {
  const violations: Violation[] = [];
  const add = (v: Violation): void => {
    violations.push(v);
  };
  const slotCount = problem.slots.length;
  const tablesAt = (s: number): number => (typeof problem.tables === 'number' ? problem.tables : problem.tables[s] ?? 0);
  const unavailable = new Set<string>();
  for (const p of problem.participants ?? []) for (const s of p.unavailable ?? []) unavailable.add(`${p.id}\u0000${s}`);
  const meetings = new Map(problem.meetings.map((m) => [m.id, m]));

  const assignedSlot = new Map<string, number>();
  const accounted = new Set<string>(); // assigned, even if to an invalid slot
  const tableUse = new Map<string, string>(); // "slot/table" -> meeting
  const participantUse = new Map<string, string>(); // "participant/slot" -> meeting
  const perSlot = new Map<number, number>();

  for (const a of schedule.assignments) {
    const meeting = meetings.get(a.meetingId);
    if (meeting === undefined) {
      add({ kind: 'unknown-meeting', message: `Assignment for unknown meeting "${a.meetingId}".`, meetingId: a.meetingId });
      continue;
    }
    if (accounted.has(a.meetingId)) {
      add({ kind: 'duplicate-assignment', message: `Meeting "${a.meetingId}" is assigned more than once.`, meetingId: a.meetingId });
      continue;
    }
    accounted.add(a.meetingId);
    if (!Number.isInteger(a.slot) || a.slot < 0 || a.slot >= slotCount) {
      add({ kind: 'slot-out-of-range', message: `Meeting "${a.meetingId}" is in slot ${a.slot}, which does not exist.`, meetingId: a.meetingId });
      continue;
    }
    assignedSlot.set(a.meetingId, a.slot);
    const s = a.slot;
    const slotInfo = problem.slots[s]!;
    const tables = tablesAt(s);
    if (!Number.isInteger(a.table) || a.table < 1 || a.table > tables) {
      add({
        kind: 'table-out-of-range',
        message: `Meeting "${a.meetingId}" is at table ${a.table} in slot ${s}, which has tables 1..${tables}.`,
        meetingId: a.meetingId,
        slot: s,
      });
    }
    const tableKey = `${s}/${a.table}`;
    const other = tableUse.get(tableKey);
    if (other !== undefined) {
      add({ kind: 'table-clash', message: `Meetings "${other}" and "${a.meetingId}" share table ${a.table} in slot ${s}.`, meetingId: a.meetingId, slot: s });
    } else {
      tableUse.set(tableKey, a.meetingId);
    }
    perSlot.set(s, (perSlot.get(s) ?? 0) + 1);
    for (const p of [meeting.a, meeting.b]) {
      const key = `${p}\u0000${s}`;
      const clash = participantUse.get(key);
      if (clash !== undefined) {
        add({
          kind: 'participant-double-booked',
          message: `Participant "${p}" has meetings "${clash}" and "${a.meetingId}" in slot ${s}.`,
          meetingId: a.meetingId,
          slot: s,
        });
      } else {
        participantUse.set(key, a.meetingId);
      }
      if (unavailable.has(key)) {
        add({ kind: 'participant-unavailable', message: `Participant "${p}" is unavailable in slot ${s} (meeting "${a.meetingId}").`, meetingId: a.meetingId, slot: s });
      }
    }
    if (meeting.sessionWish !== undefined && slotInfo.session !== meeting.sessionWish) {
      add({
        kind: 'session-wish',
        message: `Meeting "${a.meetingId}" wishes session "${meeting.sessionWish}" but is in slot ${s} of session "${slotInfo.session}".`,
        meetingId: a.meetingId,
        slot: s,
      });
    }
    if (meeting.fixed !== undefined) {
      if (meeting.fixed.slot !== s) {
        add({ kind: 'fixed-slot-moved', message: `Locked meeting "${a.meetingId}" moved from slot ${meeting.fixed.slot} to ${s}.`, meetingId: a.meetingId, slot: s });
      }
      if (meeting.fixed.table !== undefined && meeting.fixed.table !== a.table) {
        add({ kind: 'fixed-table-moved', message: `Locked meeting "${a.meetingId}" moved from table ${meeting.fixed.table} to ${a.table}.`, meetingId: a.meetingId, slot: s });
      }
    }
  }
  for (const [s, n] of perSlot) {
    if (n > tablesAt(s)) add({ kind: 'capacity-exceeded', message: `Slot ${s} has ${n} meetings for ${tablesAt(s)} tables.`, slot: s });
  }

  const unplacedIds = new Set<string>();
  for (const u of schedule.unplaced ?? []) {
    if (!meetings.has(u.meetingId)) {
      add({ kind: 'unknown-meeting', message: `Unknown meeting "${u.meetingId}" reported unplaced.`, meetingId: u.meetingId });
      continue;
    }
    if (accounted.has(u.meetingId)) {
      add({ kind: 'assigned-and-unplaced', message: `Meeting "${u.meetingId}" is both assigned and reported unplaced.`, meetingId: u.meetingId });
    }
    unplacedIds.add(u.meetingId);
  }
  for (const m of problem.meetings) {
    if (accounted.has(m.id)) continue;
    if (!unplacedIds.has(m.id)) {
      add({ kind: 'missing-meeting', message: `Meeting "${m.id}" is neither assigned nor reported unplaced.`, meetingId: m.id });
    } else if (options.requireAllPlaced) {
      add({ kind: 'unplaced', message: `Meeting "${m.id}" is not placed.`, meetingId: m.id });
    }
  }

  if (schedule.figures !== undefined) {
    const expected = recomputeFigures(problem, assignedSlot);
    for (const key of FIGURE_KEYS) {
      const reported = schedule.figures[key];
      if (reported !== undefined && reported !== expected[key]) {
        add({ kind: 'figures-mismatch', message: `Reported ${key} = ${reported}, recomputed ${expected[key]}.` });
      }
    }
  }
  return violations;
}

/** Wishes: a meeting's wished slots count once, each preference of a side once per meeting (model.ts). */
function recomputeWishes(problem: SchedulingProblem, assignedSlot: ReadonlyMap<string, number>): Pick<ScheduleFigures, 'wishesExpressed' | 'wishesHonoured'> {
  const preferences = new Map((problem.participants ?? []).map((p) => [p.id, p.wishes ?? []]));
  let wishesExpressed = 0;
  let wishesHonoured = 0;
  for (const m of problem.meetings) {
    const slot = assignedSlot.get(m.id);
    const slotLists = [...(m.wishedSlots === undefined ? [] : [m.wishedSlots]), ...[m.a, m.b].flatMap((p) => (preferences.get(p) ?? []).map((w) => w.slots))];
    for (const slots of slotLists) {
      wishesExpressed++;
      if (slot !== undefined && slots.includes(slot)) wishesHonoured++;
    }
  }
  return { wishesExpressed, wishesHonoured };
}

function recomputeFigures(problem: SchedulingProblem, assignedSlot: ReadonlyMap<string, number>): Pick<ScheduleFigures, (typeof FIGURE_KEYS)[number]> {
  const scope = problem.gapScope ?? 'day';
  const groupKey = (s: number): string => {
    const slot = problem.slots[s]!;
    return scope === 'day' ? slot.day ?? '' : `${slot.day ?? ''}|${slot.session}`;
  };
  const hasTables = (s: number): boolean => (typeof problem.tables === 'number' ? problem.tables : problem.tables[s] ?? 0) > 0;
  // Idle slots between two slots of one group: the slots with tables strictly between them.
  const idleBetween = (from: number, to: number): number => {
    let n = 0;
    for (let s = from + 1; s < to; s++) if (hasTables(s)) n++;
    return n;
  };
  const slotsByParticipant = new Map<string, number[]>();
  for (const m of problem.meetings) {
    const s = assignedSlot.get(m.id);
    if (s === undefined) continue;
    for (const p of [m.a, m.b]) {
      const list = slotsByParticipant.get(p) ?? [];
      list.push(s);
      slotsByParticipant.set(p, list);
    }
  }
  let breaks = 0;
  let idleSlots = 0;
  let maxBreaks = 0;
  for (const list of slotsByParticipant.values()) {
    const busy = new Set(list);
    let own = 0;
    let last = -1;
    for (let s = 0; s < problem.slots.length; s++) {
      if (!busy.has(s)) continue;
      if (last >= 0 && groupKey(s) === groupKey(last)) {
        const idle = idleBetween(last, s);
        if (idle > 0) {
          own++;
          idleSlots += idle;
        }
      }
      last = s;
    }
    breaks += own;
    maxBreaks = Math.max(maxBreaks, own);
  }
  return {
    ...recomputeWishes(problem, assignedSlot),
    requested: problem.meetings.length,
    placed: assignedSlot.size,
    unplaced: problem.meetings.length - assignedSlot.size,
    breaks,
    idleSlots,
    maxBreaksPerParticipant: maxBreaks,
  };
}
