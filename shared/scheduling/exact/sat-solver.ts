/**
 * The incremental SAT solver the exact phase needs (an IPASIR-style subset). The scheduling module stays
 * pure: the caller injects a factory (shared/scheduling-runtime/cadical-solver.ts wraps CaDiCaL compiled
 * to WebAssembly); without one, the solver runs the local search alone.
 */
export type SatStatus = 'satisfiable' | 'unsatisfiable' | 'unknown';

export interface SatSolver {
  addClause(literals: readonly number[]): void;
  /** Solve under assumptions; 'unknown' when the conflict limit or the terminate callback stops it. */
  solve(assumptions: readonly number[], conflictLimit?: number): SatStatus;
  /** After 'unsatisfiable' under assumptions: whether this assumption was needed to refute them. */
  failed(literal: number): boolean;
  /** After 'satisfiable': the model, model[v] for variable v (index 0 unused). */
  model(): readonly boolean[];
  /** Suggest the value a decision on this variable takes first (positive literal = true). */
  phase(literal: number): void;
  /** Polled during solve(); returning true stops it ('unknown'). */
  setTerminate(stop: () => boolean): void;
  dispose(): void;
}

export interface SatSolverOptions {
  /**
   * The value a decision gives a variable without a phase of its own (default true). false suits a
   * formula searched without a start, where most variables are false (one slot per meeting among many).
   */
  readonly defaultPhase?: boolean;
}

export type SatSolverFactory = (options?: SatSolverOptions) => SatSolver;
