import { describe, expect, it } from 'vitest';
import { coverageUpperBound } from '../../shared/scheduling/coverage-bound';
import type { SchedulingProblem } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { slots } from './fixtures';

describe('coverage upper bound', () => {
  // A hub with two slots meets four smaller hubs, each with two slots and two guests of their own: 12
  // requests. Each small hub must lose one meeting and the hub two; one lost meeting relieves at most one
  // small hub, so at least 4 are lost: 8 can take place (e.g. each small hub with its two guests).
  const hubs: SchedulingProblem = {
    slots: slots({ am: 2 }),
    tables: 10,
    meetings: ['B1', 'B2', 'B3', 'B4'].flatMap((b) => [
      { id: `A-${b}`, a: 'A', b },
      { id: `${b}-1`, a: b, b: `${b}-guest1` },
      { id: `${b}-2`, a: b, b: `${b}-guest2` },
    ]),
  };

  it('counts what overbooked participants who meet each other can place (degree bound)', () => {
    const bound = coverageUpperBound(hubs);
    // The excess formula lets each of the 4 hub-to-hub meetings relieve both sides, up to half the excess:
    // 12 - (6 - 3) = 9.
    expect(bound.placeable - bound.overbookedExcess + Math.floor(bound.overbookedExcess / 2)).toBe(9);
    expect(bound.degreeBound).toBe(8);
    expect(bound.upperBound).toBe(8);
  });

  it('proves the maximum without a SAT solver when the schedule reaches the bound', () => {
    const result = solveSchedule(hubs, { seed: 1, maxIterations: 50_000, timeLimitMs: 10_000 });
    expect(validateSchedule(hubs, result)).toEqual([]);
    expect(result.coverage).toEqual({ placed: 8, provablyPlaceable: 8, provedMaximal: true, provedBy: 'bound' });
  });

  it('counts a participant whose meetings compete for the same slots (matching, not the slots they span)', () => {
    // P's meetings with Q1 and Q2 can only take slot 0 (both are away in slots 1 and 2): three meetings,
    // three slots between them, but only two of the meetings can take place.
    const problem: SchedulingProblem = {
      slots: slots({ am: 3 }),
      tables: 5,
      participants: [
        { id: 'Q1', unavailable: [1, 2] },
        { id: 'Q2', unavailable: [1, 2] },
      ],
      meetings: [
        { id: 'p-q1', a: 'P', b: 'Q1' },
        { id: 'p-q2', a: 'P', b: 'Q2' },
        { id: 'p-q3', a: 'P', b: 'Q3' },
      ],
    };
    const bound = coverageUpperBound(problem);
    expect(bound.overbookedExcess).toBe(0);
    expect(bound.upperBound).toBe(2);
    const result = solveSchedule(problem, { seed: 1, maxIterations: 20_000, timeLimitMs: 10_000 });
    expect(result.coverage).toMatchObject({ placed: 2, provedMaximal: true, provedBy: 'bound' });
  });
});
