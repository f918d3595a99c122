/**
 * The linear-programming solver the relaxation bound needs (relaxation-bound.ts). As with the SAT solver, the
 * scheduling module stays pure: the caller injects one (shared/scheduling-runtime/highs-lp-solver.ts wraps
 * HiGHS compiled to WebAssembly); without one, the bound is the combinatorial one alone.
 */

/**
 * maximise sum(x)  subject to  sum of x[j] over row i's columns <= rowUpper[i]  and  colLower <= x <= colUpper.
 * Every coefficient is 1; rows are given by their columns (compressed rows: row i is
 * rowColumns[rowStart[i] .. rowStart[i + 1]]).
 */
export interface UnitLinearProgram {
  readonly columns: number;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowStart: Int32Array;
  readonly rowColumns: Int32Array;
  readonly rowUpper: Float64Array;
}

/**
 * The rows' dual values at the solver's last basis (optimal when it finished in time), or undefined when it
 * has none. They need not be exact: the bound is recomputed from them and holds for any duals.
 */
export type LpSolver = (lp: UnitLinearProgram, timeLimitSeconds: number) => Float64Array | undefined;
