/**
 * The window phase of the search: once the annealing is down to a break or two and has stopped improving,
 * short window searches (window-search.ts) from its current schedule look for a schedule without any
 * break. The annealing is good at reaching a handful of breaks, but removing the last one takes many
 * feasible moves that each add breaks first; the window search keeps compactness as a constraint and
 * repairs double bookings instead, which finds zero-break schedules the annealing misses.
 */
import type { CompiledProblem } from './compile';
import type { Prng } from './prng';
import { SearchState } from './search-state';
import { WindowSearch } from './window-search';

export interface WindowPhaseResult {
  readonly schedule: Int32Array;
  readonly unplaced: number;
  readonly breaks: number;
  readonly idle: number;
  readonly unhonoured: number;
}

export interface WindowAttempt {
  /** The schedule found, or null. */
  readonly found: WindowPhaseResult | null;
  /** Steps the window search took (work). */
  readonly steps: number;
}

export class WindowPhase {
  private readonly scratch: SearchState;
  private readonly search: WindowSearch;

  constructor(cp: CompiledProblem) {
    this.scratch = new SearchState(cp);
    this.search = new WindowSearch(cp);
  }

  /** One attempt from `start`: the schedule found (with its figures) or null, and the steps it took. */
  attempt(start: Int32Array, rng: Prng, maxIterations: number, deadline: number): WindowAttempt {
    const found = this.search.run(start, rng, { maxIterations, deadline });
    const steps = this.search.steps;
    if (found === null) return { found: null, steps };
    const state = this.scratch;
    state.load(found);
    return { found: { schedule: found, unplaced: state.unplaced.size, breaks: state.breaks, idle: state.idle, unhonoured: state.unhonoured }, steps };
  }
}
