/**
 * A budget of work rather than seconds: the same seed gives the same schedule on any machine and under any
 * load, because every phase stops at a count, not at the clock (the clock stays as a guard).
 *
 * One unit of work is one annealing iteration (local-search.ts). A window-search step (window-search.ts)
 * costs one unit too (it is about as expensive), and a step of the SAT solver — one call of CaDiCaL's
 * terminate callback, which CaDiCaL polls at fixed points of its search (every few conflicts / decisions),
 * so the count is a deterministic function of the formula — costs SOLVER_STEP_WORK units, the ratio of
 * their speeds measured on the benchmark (docs/scheduling.md, "Work budget").
 */
export const SOLVER_STEP_WORK = 8;

export class WorkMeter {
  spent = 0;

  constructor(readonly limit: number) {}

  /** Units left before `cap` (default: the whole budget). */
  left(cap: number = this.limit): number {
    return Math.max(0, Math.min(cap, this.limit) - this.spent);
  }

  charge(units: number): void {
    this.spent += units;
  }

  /** Whether the work spent has reached `cap` (default: the whole budget). */
  reached(cap: number = this.limit): boolean {
    return this.spent >= Math.min(cap, this.limit);
  }
}
