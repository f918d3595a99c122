/**
 * The coverage relaxation's LP solver: HiGHS compiled to WebAssembly (the `highs` package), loaded once per
 * process. Kept out of shared/scheduling, like the SAT solver: callers load it and pass it in
 * SolveOptions.lpSolver. No logging; a time limit as a guard (a stopped LP still has duals, which give a weaker
 * bound: relaxation-bound.ts certifies whatever it gets; a stopped integer program gives its best so far).
 */
import type { Highs, ModelData } from 'highs';
import { describeError, log } from '../logging/logger';
import type { LpSolver, UnitLinearProgram } from '../scheduling/exact/lp-solver';

let loading: Promise<Highs> | undefined;

export async function loadLpSolver(): Promise<LpSolver> {
  // Imported here, not at module load: its 170 KB of glue is read while the meetings are, not at cold start.
  loading ??= import('highs').then((highs) => highs.default());
  const highs = await loading;
  return {
    duals: (lp, timeLimitSeconds) =>
      solveWith(highs, modelOf(highs, lp, false), { time_limit: guard(timeLimitSeconds), solver: 'simplex' }, (solution) => solution.rowDual),
    integerSolution: (lp, start, limits) =>
      solveWith(highs, modelOf(highs, lp, true), { time_limit: guard(limits.timeLimitSeconds), mip_max_nodes: limits.maxNodes }, (solution) => solution.colValue, start),
  };
}

const guard = (seconds: number): number => Math.max(seconds, 0.001);

function modelOf(highs: Highs, lp: UnitLinearProgram, integral: boolean): ModelData {
  const rows = lp.rowStart.length - 1;
  return {
    numCols: lp.columns,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: new Float64Array(lp.columns).fill(1),
    colLower: lp.colLower,
    colUpper: lp.colUpper,
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper: lp.rowUpper,
    matrix: { format: 'csr', numRows: rows, numCols: lp.columns, starts: lp.rowStart, indices: lp.rowColumns, values: new Float64Array(lp.rowColumns.length).fill(1) },
    ...(integral ? { integrality: new Int32Array(lp.columns).fill(highs.constants.variableType.integer) } : {}),
  };
}

function solveWith(
  highs: Highs,
  model: ModelData,
  options: Record<string, number | string>,
  read: (solution: { rowDual: Float64Array; colValue: Float64Array }) => Float64Array,
  start?: Float64Array,
): Float64Array | undefined {
  try {
    return highs.withModel(model, (solver) => {
      solver.options.set({ output_flag: false, ...options });
      if (start !== undefined) solver.setSolution({ colValue: start });
      solver.run();
      const values = read(solver.getSolution());
      return values.length > 0 ? Float64Array.from(values) : undefined;
    });
  } catch (error) {
    // The relaxation is an extra: a schedule is still made, its coverage proven by the other means or not at all.
    log.warn('The LP solver failed; coverage is left to the SAT solver and the combinatorial bound', describeError(error));
    return undefined;
  }
}
