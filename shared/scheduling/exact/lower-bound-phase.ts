/**
 * The solver on days too large for the exact phase's descent (exact-then-polish.ts): one question, "a
 * schedule with as many breaks as the lower bound (forced-breaks.ts), every other participant compact",
 * asked without the start's phases, then the annealing for the time left: from the answer (it only
 * polishes idle slots then, the breaks are optimal) or, if none came in time, from the last model that only
 * overfilled slots, its surplus meetings unplaced (when that ends better), else from its own best.
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
 * The annealing that repairs a model the question left overfilled starts this cold (the default cycle starts
 * at 1.2): hot, it undoes the model's compact days before it re-places the surplus meetings.
 */
const REPAIR_T0 = 0.1;

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
  if (answer !== null || exact.lastOverfilled === undefined || (params.tuning?.['questionRepair'] ?? 1) <= 0) {
    return { ...continueSearch(cp, first, params, answer?.schedule ?? first.best), exact: stats };
  }
  // No answer in time, but a model that only overfilled slots: it is nearly compact (forum-14: 2 breaks and 4
  // surplus meetings after the first table-limit round) where the annealing's best after 5% of the budget is
  // far from it (9-16 breaks with 2.5-3 M units, about 40 at 2.5 s). A cold annealing re-places the surplus:
  // forum-14 with 3 M units 5,5,6,6,5,6 breaks (seeds 1-6) against 9,8,9,11,10,7 from the annealing's best
  // (docs/scheduling.md, nineteenth round). Coverage still comes first.
  const cold = { ...params, tuning: { ...params.tuning, t0: params.tuning?.['repairT0'] ?? REPAIR_T0 } };
  const repaired = continueSearch(cp, first, cold, withoutSurplus(cp, exact.lastOverfilled));
  // Lexicographically as the annealing keeps its best: placed meetings, then breaks and wishes, then idle slots.
  const rank = (schedule: Int32Array): number[] => {
    state.load(schedule);
    return [state.unplaced.size, state.breaks + params.wishWeight * state.unhonoured, state.idle];
  };
  const [r, f] = [rank(repaired.best), rank(first.best)];
  const repairedIsBetter = r[0]! < f[0]! || (r[0] === f[0] && (r[1]! < f[1]! || (r[1] === f[1] && r[2]! <= f[2]!)));
  return { ...repaired, best: repairedIsBetter ? repaired.best : first.best, exact: stats };
}

/**
 * `schedule` with the meetings beyond a slot's tables unplaced: in each overfull slot the last ones by index
 * among those with another legal slot (a locked meeting keeps its slot).
 */
export function withoutSurplus(cp: CompiledProblem, schedule: Int32Array): Int32Array {
  const fixed = Int32Array.from(schedule);
  const surplus = new Int32Array(cp.S);
  for (const s of schedule) if (s >= 0) surplus[s]!++;
  for (let s = 0; s < cp.S; s++) surplus[s]! -= cp.cap[s]!;
  for (let m = cp.M - 1; m >= 0; m--) {
    const s = fixed[m]!;
    if (s < 0 || surplus[s]! <= 0 || cp.domainStart[m + 1]! - cp.domainStart[m]! <= 1) continue;
    fixed[m] = -1;
    surplus[s]!--;
  }
  return fixed;
}
