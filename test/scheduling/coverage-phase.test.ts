import { beforeAll, describe, expect, it } from 'vitest';
import { benchmarkToProblem, loadInstance } from '../../bench/scheduling/benchmark-instance';
import { harderVariant } from '../../bench/scheduling/harder-variants';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import type { SchedulingProblem } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';

let satSolver: SatSolverFactory;
beforeAll(async () => {
  satSolver = await loadSatSolverFactory();
});

function variant(name: string, seed: number): SchedulingProblem {
  const problem = benchmarkToProblem(loadInstance(name));
  const known = solveSchedule(problem, { seed: 1, work: 200_000 });
  return harderVariant(problem, new Map(known.assignments.map((a) => [a.meetingId, a.slot])), { seed });
}

describe('coverage first, proven', () => {
  it.each([
    ['forum-13', 1],
    ['forum-13crafb', 2],
    ['tic-13', 3],
    ['forumt-14', 4],
  ] as const)('places the proven maximum on a harder variant of %s (seed %i)', (name, seed) => {
    const problem = variant(name, seed);
    const result = solveSchedule(problem, { seed: 1, work: 3_000_000, satSolver });
    expect(validateSchedule(problem, result)).toEqual([]);
    expect(result.coverage.provedMaximal).toBe(true);
    expect(result.coverage.placed).toBe(result.figures.placed);
    expect(result.coverage.provablyPlaceable).toBe(result.figures.placed);
    // The overbooked participants leave meetings unplaced, each with a reason.
    expect(result.unplaced.length).toBeGreaterThan(0);
    expect(result.unplaced.length).toBe(problem.meetings.length - result.figures.placed);
    for (const u of result.unplaced) expect(u.detail.length).toBeGreaterThan(20);
  });

  it('without a solver, reports the bound but no proof when below it', () => {
    const problem = variant('forum-13', 1);
    const result = solveSchedule(problem, { seed: 1, work: 300_000 });
    expect(result.coverage.provablyPlaceable).toBeGreaterThanOrEqual(result.coverage.placed);
    if (result.coverage.placed < result.coverage.provablyPlaceable) expect(result.coverage.provedMaximal).toBe(false);
  });
});
