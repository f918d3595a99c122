import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchmarkToProblem, loadInstance } from '../../bench/scheduling/benchmark-instance';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import type { ScheduleResult } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';

/** With a work budget, a seed gives the same schedule whatever the clock does (work-meter.ts). */
let satSolver: SatSolverFactory;
beforeAll(async () => {
  satSolver = await loadSatSolverFactory();
});

const busyWorkers: Worker[] = [];
afterAll(async () => {
  await Promise.all(busyWorkers.map((w) => w.terminate()));
});

/** Threads that keep the CPU busy while the solver runs (as other work on a shared machine does). */
function occupyCpu(threads: number): void {
  for (let i = 0; i < threads; i++) busyWorkers.push(new Worker('for (;;) {}', { eval: true }));
}

const fingerprint = (r: ScheduleResult): string => JSON.stringify([r.assignments, r.figures, r.stats.iterations, r.stats.work]);

describe('work budget', () => {
  // forum-13crafc goes through the annealing, the exact phase (SAT solver) and the polish.
  const problem = benchmarkToProblem(loadInstance('forum-13crafc'));
  const solve = (): ScheduleResult => solveSchedule(problem, { seed: 2, work: 400_000, timeLimitMs: 120_000, satSolver });

  it('gives identical schedules for a seed across runs, also under a busy CPU', async () => {
    const quiet = solve();
    expect(quiet.stats.stoppedBy).not.toBe('time');
    expect(quiet.stats.exact).toBeDefined();
    expect(validateSchedule(problem, quiet, { requireAllPlaced: true })).toEqual([]);
    occupyCpu(3);
    const busy = solve();
    await Promise.all(busyWorkers.splice(0).map((w) => w.terminate()));
    expect(fingerprint(busy)).toBe(fingerprint(quiet));
    expect(fingerprint(solve())).toBe(fingerprint(quiet));
  });

  it('spends no more than the budget and reports it', () => {
    const result = solve();
    expect(result.stats.work).toBeGreaterThan(0);
    // The last solver step or window step may overshoot by a little.
    expect(result.stats.work!).toBeLessThanOrEqual(400_000 + 1_000);
  });

  it('stops at the time guard when the clock runs out first, and says so', () => {
    const result = solveSchedule(problem, { seed: 2, work: 1e12, timeLimitMs: 300, satSolver });
    expect(result.stats.stoppedBy).toBe('time');
    expect(validateSchedule(problem, result)).toEqual([]);
  });
});
