import { beforeAll, describe, expect, it } from 'vitest';
import { benchmarkToProblem, loadInstance } from '../../bench/scheduling/benchmark-instance';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import { solveSchedule } from '../../shared/scheduling/solver';
import { cpuShareBetween, estimateWork } from '../../shared/scheduling/time-to-work';
import { validateSchedule } from '../../shared/scheduling/validator';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';

/** A time budget runs as the work budget it buys (time-to-work.ts). */
let satSolver: SatSolverFactory;
beforeAll(async () => {
  satSolver = await loadSatSolverFactory();
});

describe('time budget turned into work', () => {
  it('estimates the work of a budget from the share of a core the process had', () => {
    expect(estimateWork(5000, 1, 1000)).toBe(5_000_000);
    expect(estimateWork(5000, 0.29, 1000)).toBe(1_450_000);
    expect(estimateWork(5000, 1.3, 1000)).toBe(5_000_000);
    expect(cpuShareBetween(0, 200, 10, 110)).toBe(0.5);
    expect(cpuShareBetween(0, 200, 10, 400)).toBe(1);
    expect(cpuShareBetween(0, 200, undefined, 110)).toBe(1);
  });

  // forum-14 (302 meetings) gets the lower-bound question when its budget suffices for it.
  const problem = benchmarkToProblem(loadInstance('forum-14'));
  const solve = (tuning: Record<string, number>) => solveSchedule(problem, { seed: 1, timeLimitMs: 1500, satSolver, tuning });

  it('decides by the estimated work, not by the seconds, whether to ask the lower-bound question', () => {
    // The seconds would refuse the question (1.5 s < questionMinMs), the work allows it: asked.
    const asked = solve({ questionMinMs: 1e9, unitsPerCpuMs: 1e9 });
    expect(asked.stats.exact).toBeDefined();
    expect(asked.stats.workBudget).toBeGreaterThan(0);
    expect(validateSchedule(problem, asked, { requireAllPlaced: true })).toEqual([]);
    // The seconds would allow it, the work does not: not asked, the annealing has the day.
    const skipped = solve({ questionMinMs: 0, unitsPerCpuMs: 0 });
    expect(skipped.stats.exact).toBeUndefined();
    expect(skipped.stats.workBudget).toBe(0);
    expect(validateSchedule(problem, skipped, { requireAllPlaced: true })).toEqual([]);
  });

  it('without a SAT solver (no phases to plan) keeps the plain time budget', () => {
    const result = solveSchedule(problem, { seed: 1, timeLimitMs: 300 });
    expect(result.stats.workBudget).toBeUndefined();
    expect(result.stats.work).toBeUndefined();
  });
});
