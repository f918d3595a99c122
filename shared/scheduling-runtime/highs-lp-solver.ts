/**
 * The relaxation bound's LP solver: HiGHS compiled to WebAssembly (the `highs` package), loaded once per
 * process. Kept out of shared/scheduling, like the SAT solver: callers load it and pass it in
 * SolveOptions.lpSolver. Dual simplex, no presolve output, no logging; a time limit as a guard (a stopped
 * solve still has duals, which give a weaker bound: relaxation-bound.ts certifies whatever it gets).
 */
import type { Highs } from 'highs';
import { describeError, log } from '../logging/logger';
import type { LpSolver, UnitLinearProgram } from '../scheduling/exact/lp-solver';

let loading: Promise<Highs> | undefined;

export async function loadLpSolver(): Promise<LpSolver> {
  // Imported here, not at module load: its 170 KB of glue is read while the meetings are, not at cold start.
  loading ??= import('highs').then((highs) => highs.default());
  const highs = await loading;
  return (lp, timeLimitSeconds) => solveWith(highs, lp, timeLimitSeconds);
}

function solveWith(highs: Highs, lp: UnitLinearProgram, timeLimitSeconds: number): Float64Array | undefined {
  const rows = lp.rowStart.length - 1;
  const model = {
    numCols: lp.columns,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: new Float64Array(lp.columns).fill(1),
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper: lp.rowUpper,
    matrix: {
      format: 'csr' as const,
      numRows: rows,
      numCols: lp.columns,
      starts: lp.rowStart,
      indices: lp.rowColumns,
      values: new Float64Array(lp.rowColumns.length).fill(1),
    },
  };
  try {
    return highs.withModel(model, (solver) => {
      solver.options.set({ output_flag: false, time_limit: Math.max(timeLimitSeconds, 0.001), solver: 'simplex' });
      solver.run();
      const duals = solver.getSolution().rowDual;
      return duals.length === rows ? Float64Array.from(duals) : undefined;
    });
  } catch (error) {
    // The bound is an extra: a schedule is still made, its coverage proven by the other means or not at all.
    log.warn('The LP solver failed; the coverage bound stays combinatorial', describeError(error));
    return undefined;
  }
}
