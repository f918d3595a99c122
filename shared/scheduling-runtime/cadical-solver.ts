/**
 * The exact phase's SAT solver: CaDiCaL compiled to WebAssembly (cadical-wasm), loaded once per process.
 * Kept out of shared/scheduling so that the scheduler stays pure: callers load this and pass the factory
 * in SolveOptions.satSolver.
 *
 * Options: `stabilizeonly` and `target: 2` make CaDiCaL search like its SAT configuration (stable mode,
 * target phases: it keeps steering back to the best assignment seen), which is what a bound just below a
 * known schedule needs; measured 10-40x faster than the defaults on the benchmark (docs/scheduling.md).
 */
import { Cadical, loadCadical, type CadicalModule } from 'cadical-wasm';
import type { SatSolver, SatSolverFactory, SatStatus } from '../scheduling/exact/sat-solver';

let loading: Promise<CadicalModule> | undefined;

export async function loadSatSolverFactory(): Promise<SatSolverFactory> {
  loading ??= loadCadical();
  const module = await loading;
  return (options) =>
    wrap(new Cadical(module, { quiet: true, stabilizeonly: true, target: 2, ...(options?.defaultPhase === false ? { phase: 0 } : {}) }));
}

function wrap(cadical: Cadical): SatSolver {
  return {
    addClause: (literals) => cadical.addClause(literals),
    solve: (assumptions, conflictLimit): SatStatus =>
      cadical.solve(conflictLimit === undefined ? { assumptions } : { assumptions, conflicts: conflictLimit }),
    failed: (literal) => cadical.failed(literal),
    model: () => cadical.model(),
    phase: (literal) => cadical.phase(literal),
    setTerminate: (stop) => cadical.setTerminate(stop),
    dispose: () => cadical.dispose(),
  };
}
