/**
 * How the solver uses the exact phase: rounds of the SAT solver (exact-phase.ts) from the local search's
 * best, the annealing moving the start between rounds that bring nothing, then the annealing polishing
 * the result. Tuning keys (SolveOptions.tuning, for experiments): exactRoundMs, exactSliceMs,
 * exactFirstConflicts.
 */
import type { CompiledProblem } from '../compile';
import type { ExactPhaseStats } from '../model';
import { runSearch, type SearchOutcome, type SearchParams } from '../local-search';
import { SearchState } from '../search-state';
import { ExactSearch, type ExactRound } from './exact-phase';
import type { SatSolverFactory } from './sat-solver';

/** A solver round that improves nothing for this long hands over to the annealing for a slice. */
const EXACT_ROUND_MS = 1500;
const SEARCH_SLICE_MS = 300;
/** Conflicts per solver call in a round's first pass over the bounds (doubling with each pass). */
const FIRST_CONFLICT_BUDGET = 20_000;
/** With an iteration budget (reproducible runs), the solver stops at this budget per call instead of the clock. */
const MAX_CONFLICTS_PER_CALL_WITH_ITERATION_BUDGET = 64_000;

const tune = (params: SearchParams, key: string, fallback: number): number => params.tuning?.[key] ?? fallback;

/**
 * The exact phase from the local search's best, if it placed every meeting (the formula places them all).
 * The solver's time to the next improvement varies a lot with the starting point, so when a round of
 * EXACT_ROUND_MS brings nothing, the annealing moves the start for SEARCH_SLICE_MS (with another seed)
 * and the solver tries again, keeping what it learned. Then the annealing polishes the result for the time
 * left: fewer idle slots at the same number of breaks. With an iteration budget (reproducible runs) there is
 * one round, bounded by conflicts.
 */
export function exactThenPolish(
  cp: CompiledProblem,
  first: SearchOutcome,
  satSolver: SatSolverFactory,
  params: SearchParams,
): SearchOutcome & { exact?: ExactPhaseStats } {
  const state = new SearchState(cp);
  state.load(first.best);
  if (state.unplaced.size > 0) return continueSearch(cp, first, params, first.best);
  const started = performance.now();
  const breaksBefore = state.breaks;
  const exact = new ExactSearch(cp, satSolver, breaksBefore);
  const reproducible = Number.isFinite(params.maxIterations);
  let round: ExactRound = { schedule: first.best, breaks: breaksBefore, improved: false, provedOptimal: false };
  let rounds = 0;
  try {
    while (performance.now() < params.deadline) {
      rounds++;
      round = exact.improve(round.schedule, {
        deadline: reproducible ? params.deadline : Math.min(params.deadline, performance.now() + tune(params, 'exactRoundMs', EXACT_ROUND_MS)),
        targetBreaks: params.targetBreaks,
        ...(reproducible ? { maxConflicts: MAX_CONFLICTS_PER_CALL_WITH_ITERATION_BUDGET } : {}),
        firstConflicts: tune(params, 'exactFirstConflicts', FIRST_CONFLICT_BUDGET),
      });
      if (reproducible || round.provedOptimal || round.breaks <= params.targetBreaks) break;
      if (!round.improved) {
        const until = Math.min(params.deadline, performance.now() + tune(params, 'exactSliceMs', SEARCH_SLICE_MS));
        const moved = runSearch(cp, { ...params, seed: params.seed + rounds, deadline: until }, round.schedule);
        round = { ...round, schedule: moved.best };
      }
    }
  } finally {
    exact.dispose();
  }
  state.load(round.schedule);
  const stats: ExactPhaseStats = {
    breaksBefore,
    breaksAfter: state.breaks,
    provedOptimal: round.provedOptimal,
    solverCalls: exact.solverCalls,
    variables: exact.variables,
    elapsedMs: performance.now() - started,
  };
  return { ...continueSearch(cp, first, params, round.schedule), exact: stats };
}

function continueSearch(cp: CompiledProblem, first: SearchOutcome, params: SearchParams, from: Int32Array): SearchOutcome {
  const polish = runSearch(cp, params, from);
  return {
    ...polish,
    iterations: first.iterations + polish.iterations,
    bestFoundAtIteration: first.iterations + polish.bestFoundAtIteration,
    restarts: first.restarts + polish.restarts,
  };
}
