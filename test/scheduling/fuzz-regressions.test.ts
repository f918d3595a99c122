/**
 * Regressions found by the differential fuzz (bench/scheduling/fuzz-differential.ts), one per defect, each
 * on its minimal reproducer.
 */
import { describe, expect, it } from 'vitest';
import type { SchedulingProblem } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { slots } from './fixtures';

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
});
