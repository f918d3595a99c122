import { describe, expect, it } from 'vitest';
import { malformedVariants } from '../../bench/scheduling/malformed-inputs';
import { randomSmallProblem } from '../../bench/scheduling/random-small-problem';
import { SchedulingInputError } from '../../shared/scheduling/compile';
import type { SchedulingProblem } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { slots } from './fixtures';

const rejects = (problem: SchedulingProblem): void => {
  expect(() => solveSchedule(problem, { seed: 1, work: 1000 })).toThrow(SchedulingInputError);
};

describe('malformed input', () => {
  // Regression (differential fuzz): the table counts were checked after being stored in an Int32Array, which
  // truncates 1.5 to 1, stores NaN and Infinity as 0 and wraps 2^32 + 1 to 1, so all of them were accepted.
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, -1, 2 ** 32 + 1])('rejects a table count of %s', (tables) => {
    const base: SchedulingProblem = { slots: slots({ am: 3 }), tables: 2, meetings: [{ id: 'm1', a: 'p', b: 'q' }] };
    rejects({ ...base, tables });
    rejects({ ...base, tables: [2, tables, 2] });
  });

  // Regression (differential fuzz, odd options): a NaN time limit never ran out (every deadline comparison is
  // false), so the run never stopped; a NaN work budget ran to the 120 s guard.
  it.each([{ timeLimitMs: Number.NaN }, { work: Number.NaN }, { maxIterations: Number.NaN }, { seed: Number.NaN }, { wishWeight: Number.NaN }, { timeLimitMs: Number.POSITIVE_INFINITY }])(
    'rejects the options %o',
    (options) => {
      const problem: SchedulingProblem = { slots: slots({ am: 3 }), tables: 2, meetings: [{ id: 'm1', a: 'p', b: 'q' }] };
      expect(() => solveSchedule(problem, options)).toThrow(SchedulingInputError);
    },
  );

  it('still takes an infinite time limit as the guard of a work budget', () => {
    const problem: SchedulingProblem = { slots: slots({ am: 3 }), tables: 2, meetings: [{ id: 'm1', a: 'p', b: 'q' }, { id: 'm2', a: 'p', b: 'r' }] };
    expect(solveSchedule(problem, { seed: 1, work: 1000, timeLimitMs: Number.POSITIVE_INFINITY }).figures.placed).toBe(2);
  });

  it('rejects every malformed variant of the fuzz, with a SchedulingInputError', () => {
    for (const seed of [7, 14, 21]) {
      for (const variant of malformedVariants(randomSmallProblem(seed))) {
        expect(() => solveSchedule(variant.problem, variant.options ?? { seed: 1, work: 1000 }), variant.name).toThrow(SchedulingInputError);
      }
    }
  });
});
