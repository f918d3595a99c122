/**
 * Entry point: schedule all meetings of a B2B event at once ("Schedule All").
 *
 * Pure and synchronous: no I/O, no worker threads, no native code. A constructive placement is improved by
 * simulated annealing with Kempe-chain, block and ejection moves (local-search.ts), with tabu searches for
 * a schedule without any break once only one or two are left (window-phase.ts).
 *
 * Deterministic for a given seed: the search trajectory depends only on the seed and the iteration count;
 * the clock only decides where the run stops (with maxIterations and an ample time limit, runs are
 * reproducible). Anytime: the best schedule found when the budget ends is returned; it always satisfies
 * every hard constraint; meetings that could not be placed are listed with a reason.
 */
import { compileProblem } from './compile';
import { diagnoseUnplaced } from './diagnose';
import { computeFigures } from './figures';
import { runSearch } from './local-search';
import type { Assignment, SchedulingProblem, ScheduleResult, SolveOptions } from './model';
import { assignTables } from './tables';

export const DEFAULT_TIME_LIMIT_MS = 5000;
export const DEFAULT_IDLE_WEIGHT = 0.05;

export function solveSchedule(problem: SchedulingProblem, options: SolveOptions = {}): ScheduleResult {
  const start = performance.now();
  const seed = options.seed ?? 1;
  const cp = compileProblem(problem);
  const outcome = runSearch(cp, {
    seed,
    deadline: start + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS),
    maxIterations: options.maxIterations ?? Number.POSITIVE_INFINITY,
    targetBreaks: options.targetBreaks ?? 0,
    idleWeight: options.idleWeight ?? DEFAULT_IDLE_WEIGHT,
    ...(options.tuning === undefined ? {} : { tuning: options.tuning }),
  });
  const best = outcome.best;
  const tables = assignTables(cp, best);
  const assignments: Assignment[] = [];
  for (let m = 0; m < cp.M; m++) {
    const s = best[m]!;
    if (s >= 0) assignments.push({ meetingId: cp.meetingIds[m]!, slot: s, table: tables[m]! });
  }
  const unplaced = diagnoseUnplaced(cp, best);
  const report = computeFigures(problem, assignments);
  return {
    assignments,
    unplaced,
    figures: report.figures,
    perParticipant: report.perParticipant,
    stats: {
      seed,
      iterations: outcome.iterations,
      elapsedMs: performance.now() - start,
      stoppedBy: outcome.stoppedBy,
      bestFoundAtIteration: outcome.bestFoundAtIteration,
      restarts: outcome.restarts,
    },
  };
}
