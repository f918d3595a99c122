/**
 * Regressions found by the differential fuzz (bench/scheduling/fuzz-differential.ts), one per defect, each
 * on its minimal reproducer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import type { SchedulingProblem } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';
import { slots } from './fixtures';

let satSolver: SatSolverFactory;
beforeAll(async () => {
  satSolver = await loadSatSolverFactory();
});

describe('differential fuzz regressions', () => {
  it('keeps two locks on different slots whose tables made the same key (slot x 1,000,003 + table)', () => {
    const problem: SchedulingProblem = {
      slots: slots({ am: 2 }),
      tables: 1_000_004,
      meetings: [
        { id: 'm1', a: 'p', b: 'q', fixed: { slot: 0, table: 1_000_004 } },
        { id: 'm2', a: 'r', b: 's', fixed: { slot: 1, table: 1 } },
      ],
    };
    const result = solveSchedule(problem, { seed: 1, work: 1000 });
    expect(validateSchedule(problem, result)).toEqual([]);
    expect(result.unplaced).toEqual([]);
    expect(result.assignments.find((a) => a.meetingId === 'm2')).toMatchObject({ slot: 1, table: 1 });
  });

  it('proves two forced breaks of one participant optimal instead of assuming a literal that does not exist', () => {
    // p meets q1, q2 and q3, who can only meet in slots 0, 2 and 4: two breaks, and p is the only participant who
    // can have one. The exact phase asked for "at most 1 break" through an output of the count over the
    // participants with a break, which has one output only: CaDiCaL threw "Assumption literals must be non-zero".
    const only = (s: number): number[] => [0, 1, 2, 3, 4].filter((x) => x !== s);
    const problem: SchedulingProblem = {
      slots: slots({ am: 5 }),
      tables: 3,
      participants: [
        { id: 'q1', unavailable: only(0) },
        { id: 'q2', unavailable: only(2) },
        { id: 'q3', unavailable: only(4) },
      ],
      meetings: [
        { id: 'm1', a: 'p', b: 'q1' },
        { id: 'm2', a: 'p', b: 'q2' },
        { id: 'm3', a: 'p', b: 'q3' },
      ],
    };
    const result = solveSchedule(problem, { seed: 1, work: 10_000, satSolver });
    expect(validateSchedule(problem, result)).toEqual([]);
    expect(result.figures.placed).toBe(3);
    expect(result.figures.breaks).toBe(2);
    expect(result.stats.exact?.provedOptimal).toBe(true);
  });
});
