import { describe, expect, it } from 'vitest';
import type { Assignment, SchedulingProblem } from '../../shared/scheduling/model';
import { validateSchedule, type ViolationKind } from '../../shared/scheduling/validator';

/** Two sessions of 3 slots on one day, 2 tables (1 in slot 5), four participants. */
const problem: SchedulingProblem = {
  slots: [
    { session: 'am', day: 'd1' },
    { session: 'am', day: 'd1' },
    { session: 'am', day: 'd1' },
    { session: 'pm', day: 'd1' },
    { session: 'pm', day: 'd1' },
    { session: 'pm', day: 'd1' },
  ],
  tables: [2, 2, 2, 2, 2, 1],
  participants: [{ id: 'A', unavailable: [4] }, { id: 'B' }, { id: 'C' }, { id: 'D' }],
  meetings: [
    { id: 'ab', a: 'A', b: 'B' },
    { id: 'ac', a: 'A', b: 'C', sessionWish: 'am' },
    { id: 'bd', a: 'B', b: 'D', fixed: { slot: 3, table: 2 } },
    { id: 'cd', a: 'C', b: 'D' },
  ],
};

const valid: Assignment[] = [
  { meetingId: 'ab', slot: 0, table: 1 },
  { meetingId: 'ac', slot: 1, table: 1 },
  { meetingId: 'bd', slot: 3, table: 2 },
  { meetingId: 'cd', slot: 2, table: 1 },
];

function kinds(assignments: Assignment[], extra: Parameters<typeof validateSchedule>[1] = { assignments }): ViolationKind[] {
  return validateSchedule(problem, { ...extra, assignments }).map((v) => v.kind);
}

function replace(id: string, change: Partial<Assignment>): Assignment[] {
  return valid.map((a) => (a.meetingId === id ? { ...a, ...change } : a));
}

describe('validateSchedule', () => {
  it('accepts a valid schedule', () => {
    expect(validateSchedule(problem, { assignments: valid })).toEqual([]);
  });

  it('detects a participant in two meetings at once', () => {
    expect(kinds(replace('ac', { slot: 0, table: 2 }))).toEqual(['participant-double-booked']);
  });

  it('detects a meeting in a slot where a participant is unavailable', () => {
    expect(kinds(replace('ab', { slot: 4 }))).toEqual(['participant-unavailable']);
  });

  it('detects a broken session wish', () => {
    expect(kinds(replace('ac', { slot: 4, table: 1 }))).toContain('session-wish');
  });

  it('detects a moved locked meeting and a moved locked table', () => {
    expect(kinds(replace('bd', { slot: 5, table: 1 }))).toEqual(['fixed-slot-moved', 'fixed-table-moved']);
    expect(kinds(replace('bd', { table: 1 }))).toEqual(['fixed-table-moved']);
  });

  it('detects two meetings at the same table', () => {
    expect(kinds(replace('cd', { slot: 0, table: 1 }))).toEqual(['table-clash']);
  });

  it('detects a table that does not exist and more meetings than tables', () => {
    expect(kinds(replace('cd', { slot: 5, table: 2 }))).toEqual(['table-out-of-range']);
    const crowded = replace('ab', { slot: 5, table: 1 }).map((a) => (a.meetingId === 'cd' ? { ...a, slot: 5, table: 1 } : a));
    expect(kinds(crowded)).toEqual(expect.arrayContaining(['table-clash', 'capacity-exceeded']));
  });

  it('detects a slot that does not exist', () => {
    expect(kinds(replace('cd', { slot: 9 }))).toEqual(['slot-out-of-range']);
  });

  it('detects unknown, duplicate, missing and contradictory meetings', () => {
    expect(kinds([...valid, { meetingId: 'zz', slot: 0, table: 2 }])).toEqual(['unknown-meeting']);
    expect(kinds([...valid, { meetingId: 'cd', slot: 2, table: 2 }])).toEqual(['duplicate-assignment']);
    expect(kinds(valid.slice(0, 3))).toEqual(['missing-meeting']);
    expect(
      validateSchedule(problem, { assignments: valid, unplaced: [{ meetingId: 'cd', reason: 'no-free-slot', detail: '' }] }).map((v) => v.kind),
    ).toEqual(['assigned-and-unplaced']);
  });

  it('accepts reported unplaced meetings unless all must be placed', () => {
    const schedule = { assignments: valid.slice(0, 3), unplaced: [{ meetingId: 'cd', reason: 'no-free-slot' as const, detail: '' }] };
    expect(validateSchedule(problem, schedule)).toEqual([]);
    expect(validateSchedule(problem, schedule, { requireAllPlaced: true }).map((v) => v.kind)).toEqual(['unplaced']);
  });

  it('recomputes the reported figures', () => {
    // A: slots 0,1 (no break); B: 0,3 -> idle 1,2 = one break of 2 slots; C: 1,2; D: 2,3.
    expect(validateSchedule(problem, { assignments: valid, figures: { breaks: 1, idleSlots: 2, placed: 4 } })).toEqual([]);
    expect(kinds(valid, { assignments: valid, figures: { breaks: 0 } })).toEqual(['figures-mismatch']);
  });
});
