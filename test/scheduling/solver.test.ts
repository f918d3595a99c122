import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../shared/scheduling/figures';
import { coverageUpperBound } from '../../shared/scheduling/coverage-bound';
import { SchedulingInputError } from '../../shared/scheduling/compile';
import type { SchedulingProblem } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { syntheticEvent } from '../../bench/scheduling/synthetic-event';
import { validateSchedule } from '../../shared/scheduling/validator';
import { randomEvent, slots } from './fixtures';

const budget = { timeLimitMs: 10_000, maxIterations: 200_000 };

describe('solveSchedule', () => {
  it('places every meeting of a small event without breaks and passes the validator', () => {
    const problem: SchedulingProblem = { slots: slots({ am: 8 }), tables: 6, meetings: randomEvent(12, 30, 7) };
    const result = solveSchedule(problem, { seed: 1, ...budget });
    expect(validateSchedule(problem, result, { requireAllPlaced: true })).toEqual([]);
    expect(result.figures.placed).toBe(30);
    expect(result.figures.breaks).toBe(0);
    expect(result.figures.idleSlots).toBe(0);
    expect(result.stats.stoppedBy).toBe('target');
  });

  it('is deterministic for a seed with an iteration budget', () => {
    const problem: SchedulingProblem = {
      slots: slots({ am: 6, pm: 6 }),
      tables: 5,
      participants: [{ id: 'p1', unavailable: [3, 4] }],
      meetings: randomEvent(20, 70, 3),
    };
    const options = { seed: 42, timeLimitMs: 60_000, maxIterations: 30_000, targetBreaks: -1 };
    const first = solveSchedule(problem, options);
    const second = solveSchedule(problem, options);
    expect(first.stats.stoppedBy).toBe('iterations');
    expect(second.assignments).toEqual(first.assignments);
    expect(second.figures).toEqual(first.figures);
    const other = solveSchedule(problem, { ...options, seed: 43 });
    expect(validateSchedule(problem, other)).toEqual([]);
  });

  it('keeps locked meetings, respects unavailability and session wishes', () => {
    const problem: SchedulingProblem = {
      slots: slots({ am: 4, pm: 4 }),
      tables: [3, 3, 3, 3, 0, 3, 3, 3],
      participants: [
        { id: 'A', unavailable: [0, 1, 2] },
        { id: 'B', unavailable: [7] },
      ],
      meetings: [
        { id: 'ab', a: 'A', b: 'B' },
        { id: 'ac', a: 'A', b: 'C', sessionWish: 'pm' },
        { id: 'bc', a: 'B', b: 'C', sessionWish: 'am' },
        { id: 'bd', a: 'B', b: 'D', fixed: { slot: 5, table: 3 } },
        { id: 'cd', a: 'C', b: 'D', fixed: { slot: 1 } },
        { id: 'ad', a: 'A', b: 'D' },
      ],
    };
    const result = solveSchedule(problem, { seed: 3, ...budget });
    expect(validateSchedule(problem, result, { requireAllPlaced: true })).toEqual([]);
    const at = new Map(result.assignments.map((a) => [a.meetingId, a]));
    expect(at.get('bd')).toMatchObject({ slot: 5, table: 3 });
    expect(at.get('cd')?.slot).toBe(1);
    expect(at.get('ac')!.slot).toBeGreaterThanOrEqual(4);
    expect(at.get('bc')!.slot).toBeLessThan(4);
    for (const id of ['ab', 'ac', 'ad']) expect([0, 1, 2, 4]).not.toContain(at.get(id)!.slot);
    expect(at.get('ab')!.slot).not.toBe(7);
  });

  it('reports unplaceable meetings with a reason', () => {
    const problem: SchedulingProblem = {
      slots: slots({ am: 3 }),
      tables: 2,
      participants: [
        { id: 'A', unavailable: [0, 1] },
        { id: 'B', unavailable: [2] },
      ],
      meetings: [
        { id: 'ab', a: 'A', b: 'B' }, // no common slot
        { id: 'cx', a: 'C', b: 'X', fixed: { slot: 5 } }, // slot does not exist
        { id: 'cy', a: 'C', b: 'Y', fixed: { slot: 0 } },
        { id: 'cz', a: 'C', b: 'Z', fixed: { slot: 0 } }, // clashes with the lock of cy
        { id: 'h1', a: 'H', b: 'D' }, // H has 4 meetings for 3 slots
        { id: 'h2', a: 'H', b: 'E' },
        { id: 'h3', a: 'H', b: 'F' },
        { id: 'h4', a: 'H', b: 'G' },
        { id: 'wish', a: 'Q', b: 'R', sessionWish: 'pm' }, // no such session
      ],
    };
    const result = solveSchedule(problem, { seed: 1, ...budget });
    expect(validateSchedule(problem, result)).toEqual([]);
    const reasons = Object.fromEntries(result.unplaced.map((u) => [u.meetingId, u.reason]));
    expect(reasons.ab).toBe('no-common-slot');
    expect(reasons.cx).toBe('fixed-slot-invalid');
    expect(reasons.cz).toBe('fixed-conflict');
    expect(reasons.wish).toBe('no-common-slot');
    const hub = ['h1', 'h2', 'h3', 'h4'].filter((id) => reasons[id] !== undefined);
    expect(hub).toHaveLength(1);
    expect(reasons[hub[0]!]).toBe('participant-overbooked');
    expect(result.figures.placed).toBe(4);
    for (const u of result.unplaced) expect(u.detail.length).toBeGreaterThan(0);
  });

  it('explains a meeting that lost the competition for tables', () => {
    const problem: SchedulingProblem = {
      slots: slots({ am: 1 }),
      tables: 1,
      meetings: [
        { id: 'ab', a: 'A', b: 'B' },
        { id: 'cd', a: 'C', b: 'D' },
      ],
    };
    const result = solveSchedule(problem, { seed: 1, ...budget });
    expect(result.figures.placed).toBe(1);
    expect(result.unplaced).toHaveLength(1);
    expect(result.unplaced[0]!.reason).toBe('no-free-slot');
    // Counted in English: "1 has", "0 are".
    expect(result.unplaced[0]!.detail).toBe('Of the 1 slot both sides could use, 0 are taken by other meetings of C, 0 by other meetings of D and 1 has no free table.');
    expect(validateSchedule(problem, result)).toEqual([]);
  });

  it('rejects malformed problems', () => {
    expect(() => solveSchedule({ slots: slots({ am: 2 }), tables: 1, meetings: [{ id: 'x', a: 'A', b: 'A' }] })).toThrow(SchedulingInputError);
    expect(() =>
      solveSchedule({ slots: [{ session: 'am' }, { session: 'pm' }, { session: 'am' }], tables: 1, meetings: [] }),
    ).toThrow(/not consecutive/);
    expect(() =>
      solveSchedule({
        slots: slots({ am: 2 }),
        tables: 1,
        meetings: [
          { id: 'x', a: 'A', b: 'B' },
          { id: 'x', a: 'A', b: 'C' },
        ],
      }),
    ).toThrow(/used twice/);
  });

  it('places meetings on events with several days and long sessions', () => {
    const problem: SchedulingProblem = {
      slots: [...slots({ 'd1-am': 36 }, 'd1'), ...slots({ 'd2-am': 6 }, 'd2')],
      tables: 4,
      meetings: randomEvent(15, 60, 11),
    };
    const result = solveSchedule(problem, { seed: 5, ...budget });
    expect(validateSchedule(problem, result, { requireAllPlaced: true })).toEqual([]);
  });

  it('places nearly the coverage upper bound on a small synthetic event', () => {
    // The scale test's proportions (20 meetings per participant, 40 slots) at a fifth of the size.
    const problem = syntheticEvent({ seed: 2, participants: 200, meetings: 2000, tables: 60 });
    const bound = coverageUpperBound(problem);
    const result = solveSchedule(problem, { seed: 1, timeLimitMs: 10_000, maxIterations: 100_000 });
    expect(validateSchedule(problem, result)).toEqual([]);
    expect(result.figures.placed).toBeLessThanOrEqual(bound.upperBound);
    expect(result.figures.placed).toBeGreaterThanOrEqual(Math.ceil(0.995 * bound.upperBound));
  });
});

describe('computeFigures', () => {
  const problem: SchedulingProblem = {
    slots: slots({ am: 4, pm: 4 }),
    tables: [2, 2, 0, 2, 2, 2, 2, 2],
    meetings: [
      { id: 'ab1', a: 'A', b: 'B' },
      { id: 'ac', a: 'A', b: 'C' },
      { id: 'ad', a: 'A', b: 'D' },
      { id: 'ae', a: 'A', b: 'E' },
    ],
  };
  const assignments = [
    { meetingId: 'ab1', slot: 1, table: 1 },
    { meetingId: 'ac', slot: 3, table: 1 }, // slot 2 is a programme block: no gap
    { meetingId: 'ad', slot: 4, table: 1 }, // next session: adjacent within the day
    { meetingId: 'ae', slot: 7, table: 1 }, // slots 5, 6 idle: one break of 2
  ];

  it('counts breaks over the day, skipping programme blocks', () => {
    const { figures, perParticipant } = computeFigures(problem, assignments);
    expect(figures).toMatchObject({ breaks: 1, idleSlots: 2, maxBreaksPerParticipant: 1, participantsWithBreaks: 1, breaksSpread: 1, fair: true });
    expect(perParticipant.find((p) => p.participantId === 'A')).toEqual({ participantId: 'A', meetings: 4, breaks: 1, idleSlots: 2, wishesExpressed: 0, wishesHonoured: 0 });
  });

  it('counts breaks per session with gapScope "session"', () => {
    const moved = assignments.map((a) => (a.meetingId === 'ad' ? { ...a, slot: 6 } : a));
    expect(computeFigures({ ...problem, gapScope: 'session' }, moved).figures).toMatchObject({ breaks: 0, idleSlots: 0 });
    expect(computeFigures(problem, moved).figures).toMatchObject({ breaks: 1, idleSlots: 2 });
  });
});
