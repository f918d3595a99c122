/**
 * How the solver uses the exact phase: the SAT solver (exact-phase.ts) from the local search's best, the
 * annealing moving the start after each pass over the bounds that found nothing, then the annealing
 * polishing the result. Tuning keys (SolveOptions.tuning, for experiments): exactSliceMs, exactFirstConflicts.
 */
import type { CompiledProblem } from '../compile';
import type { ExactPhaseStats } from '../model';
import { runSearch, type SearchOutcome, type SearchParams } from '../local-search';
import { SearchState } from '../search-state';
import { ExactSearch, type ExactOutcome } from './exact-phase';
import type { SatSolverFactory } from './sat-solver';

/** After a pass over the bounds that found nothing, the annealing moves the start for this long. */
const SEARCH_SLICE_MS = 300;
const SEARCH_SLICE_ITERATIONS = 20_000;
/** Conflicts per solver call in the first pass over the bounds (doubling with each pass; ~5,000/s). */
const FIRST_CONFLICT_BUDGET = 20_000;
/**
 * Passes over the bounds in which only the participants with a break in the best schedule may have one: the
 * 154-meeting benchmark day ticf-13crafc reaches its optimum in about 60% of the runs instead of 25% (5 s);
 * restricting every pass was worse (docs/scheduling.md, eighth round).
 */
const RESTRICTED_PASSES = 1;
/**
 * Above this many (meeting, legal slot) pairs the bound is lowered one break at a time: on the 195-meeting
 * benchmark days (~3,300) asking for the low bounds first used the whole budget without a step, while each
 * step down takes 0.1-2 s (ticf-13crafb 8 -> 5, forum-13crafb 10 -> 7 within the 3.5 s).
 */
const DESCENDING_ABOVE_PLACEMENTS = 3000;
/** With an iteration budget (reproducible runs), the solver stops at this budget per call instead of the clock. */
const MAX_CONFLICTS_PER_CALL_WITH_ITERATION_BUDGET = 64_000;

const tune = (params: SearchParams, key: string, fallback: number): number => params.tuning?.[key] ?? fallback;

/** Whether the exact phase lowers the bound one break at a time on this problem (see DESCENDING_ABOVE_PLACEMENTS). */
export function descendsOneBreakAtATime(cp: CompiledProblem, tuning: SearchParams['tuning']): boolean {
  return cp.domain.length > (tuning?.['exactDescendingAbove'] ?? DESCENDING_ABOVE_PLACEMENTS);
}

/**
 * The exact phase from the local search's best, if it placed every meeting (the formula places them all).
 * The solver's time to the next improvement varies a lot with the starting point, so after a pass over the
 * bounds that brings nothing, the annealing moves the start for SEARCH_SLICE_MS (another seed) and the solver
 * goes on from there with what it learned. Then the annealing polishes the result for the time left: fewer
 * idle slots at the same number of breaks. With an iteration or work budget (reproducible runs) the slices
 * are counted in iterations and the solver stops at a conflict budget or when the work is spent (the polish
 * gets what is left), not at the clock.
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
  const exact = new ExactSearch(cp, satSolver, first.best, undefined, params.meter);
  const byWork = params.meter !== undefined;
  const reproducible = byWork || Number.isFinite(params.maxIterations);
  let slices = 0;
  const moveStart = (best: Int32Array): Int32Array => {
    slices++;
    const slice = reproducible
      ? { maxIterations: SEARCH_SLICE_ITERATIONS }
      : { deadline: Math.min(params.deadline, performance.now() + tune(params, 'exactSliceMs', SEARCH_SLICE_MS)) };
    return runSearch(cp, { ...params, ...slice, seed: params.seed + slices }, best).best;
  };
  let outcome: ExactOutcome;
  try {
    outcome = exact.improve(first.best, {
      deadline: params.deadline,
      targetBreaks: params.targetBreaks,
      firstConflicts: tune(params, 'exactFirstConflicts', FIRST_CONFLICT_BUDGET),
      restrictedPasses: tune(params, 'exactRestrictedPasses', RESTRICTED_PASSES),
      descending: descendsOneBreakAtATime(cp, params.tuning),
      ...(reproducible && !byWork ? { maxConflicts: MAX_CONFLICTS_PER_CALL_WITH_ITERATION_BUDGET } : {}),
      afterFruitlessPass: moveStart,
    });
  } finally {
    exact.dispose();
  }
  state.load(outcome.schedule);
  const stats: ExactPhaseStats = {
    breaksBefore,
    breaksAfter: state.breaks,
    provedOptimal: outcome.provedOptimal,
    solverCalls: exact.solverCalls,
    variables: exact.variables,
    elapsedMs: performance.now() - started,
  };
  return { ...continueSearch(cp, first, params, outcome.schedule), exact: stats };
}

/** The annealing from `from` until params' limits, its counts added to those of the first search. */
export function continueSearch(cp: CompiledProblem, first: SearchOutcome, params: SearchParams, from: Int32Array): SearchOutcome {
  const polish = runSearch(cp, params, from);
  return {
    ...polish,
    iterations: first.iterations + polish.iterations,
    bestFoundAtIteration: first.iterations + polish.bestFoundAtIteration,
    restarts: first.restarts + polish.restarts,
  };
}
