/**
 * The linear-programming solver the coverage relaxation needs (relaxation-bound.ts, integer-coverage.ts). As with
 * the SAT solver, the scheduling module stays pure: the caller injects one
 * (shared/scheduling-runtime/highs-lp-solver.ts wraps HiGHS compiled to WebAssembly); without one, the bound is
 * the combinatorial one alone.
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

export interface LpSolver {
  /**
   * The rows' dual values at the solver's last basis (optimal when it finished in time), or undefined when it
   * has none. They need not be exact: the bound is recomputed from them and holds for any duals.
   */
  duals(lp: UnitLinearProgram, timeLimitSeconds: number): Float64Array | undefined;
  /**
   * The best 0/1 solution found (columns' values) with every variable integral, starting from `start` (a
   * feasible 0/1 solution), within `maxNodes` branch-and-bound nodes (deterministic) and the time limit (a
   * guard); undefined when none better was found.
   */
  integerSolution(lp: UnitLinearProgram, start: Float64Array, limits: { timeLimitSeconds: number; maxNodes: number }): Float64Array | undefined;
}
