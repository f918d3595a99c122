/**
 * The solver on days too large for the exact phase's descent (exact-then-polish.ts): one question, "a
 * schedule with as many breaks as the lower bound (forced-breaks.ts), every other participant compact",
 * asked without the start's phases, then the annealing for the time left: from the answer (it only
 * polishes idle slots then, the breaks are optimal) or, if none came in time, from its own best.
 *
 * Measured on the 302-meeting benchmark days, where the descent was slower than the annealing alone: from a
 * 0.6 s annealing start, forum-14 (the bound is its best known, 2) is answered in 1.9-2.8 s with 11 seeds of
 * 12, and ticf-14crafa (0) in 1.8-3.3 s with 9 of 12, while the annealing alone stays at 4-5 breaks on
 * forum-14 (docs/scheduling.md, tenth round). With a work budget the question stops at its share of the
 * work (reproducible); with only an iteration budget only the clock can cut it.
 */
import type { CompiledProblem } from '../compile';
import { groupsThatNeedABreak } from '../forced-breaks';
import type { ExactPhaseStats } from '../model';
import type { SearchOutcome, SearchParams } from '../local-search';
import { SearchState } from '../search-state';
import { continueSearch } from './exact-then-polish';
import { ExactSearch } from './exact-phase';
import type { SatSolverFactory } from './sat-solver';

/**
 * The question's formula does not depend on the start (it is asked without its phases): breaks counted up to
 * one above the bound, at most this many per participant (the exact phase's fairness cap). Sized to the start
 * instead (counting up to its 6-8 breaks, caps raised to its participants' breaks), forum-14's question cost
 * 2.9-4.8 M units of work depending on the seed; sized to the bound, 3.0 M with every seed
 * (docs/scheduling.md, fifteenth round).
 */
const QUESTION_MAX_BREAKS_PER_PARTICIPANT = 2;

/**
 * The question is asked until `questionDeadline` (and, with a work meter, until it reaches questionWorkCap);
 * the annealing goes on until params' limits.
 */
export function lowerBoundThenPolish(
  cp: CompiledProblem,
  first: SearchOutcome,
  satSolver: SatSolverFactory,
  params: SearchParams,
  questionDeadline: number,
  questionWorkCap?: number,
): SearchOutcome & { exact?: ExactPhaseStats } {
  const state = new SearchState(cp);
  state.load(first.best);
  const mayBreak = groupsThatNeedABreak(cp);
  if (state.unplaced.size > 0 || state.breaks <= Math.max(mayBreak.length, params.targetBreaks)) {
    return continueSearch(cp, first, params, first.best);
  }
  const started = performance.now();
  const breaksBefore = state.breaks;
  const shape = { countBreaksUpTo: mayBreak.length + 1, maxBreaksPerParticipant: QUESTION_MAX_BREAKS_PER_PARTICIPANT };
  const exact = new ExactSearch(cp, satSolver, first.best, { defaultPhase: false }, params.meter, 'sequential', shape);
  let answer;
  try {
    answer = exact.reachBound(mayBreak.length, mayBreak, questionDeadline, questionWorkCap);
  } finally {
    exact.dispose();
  }
  const stats: ExactPhaseStats = {
    breaksBefore,
    breaksAfter: answer?.breaks ?? breaksBefore,
    provedOptimal: answer?.provedOptimal ?? false,
    solverCalls: exact.solverCalls,
    variables: exact.variables,
    elapsedMs: performance.now() - started,
  };
  return { ...continueSearch(cp, first, params, answer?.schedule ?? first.best), exact: stats };
}
