/**
 * A time budget turned into the work budget it buys. With a time budget, the solver measures how much work
 * (work-meter.ts: annealing iterations) the first CALIBRATION_SHARE of the time gives, estimates the work the
 * whole budget buys at that rate, and from then on runs as a work-budget run of that size: its phases end at
 * shares of the work, the lower-bound question is asked when that work suffices for it, the exact phase's
 * slices are counted in iterations; the clock only guards. So a busy or small CPU (a shared machine, a
 * 512 MB Lambda) gets the schedule of the work it can afford instead of phases cut at the wrong moment, and
 * the decisions tuned on work budgets (docs/scheduling.md, *Work budget*) hold for seconds too.
 */

/**
 * The share of the time budget measured. 3%: 150 ms at 5 s (about 200,000 iterations), long enough for V8 to
 * have compiled the annealing's hot loop, and before the earliest phase boundary (5%).
 */
export const CALIBRATION_SHARE = 0.03;

/**
 * The rate is measured on the annealing's loop (not its construction, a one-off) and on at least this many
 * iterations: a slow construction on a busy CPU can pass the calibration point before the first iteration.
 */
export const CALIBRATION_MIN_UNITS = 20_000;

/**
 * The work the rest of the budget buys is discounted by this factor: the SAT solver's steps and the formulas'
 * construction (not metered) take somewhat more time per unit than the annealing the rate is measured on.
 */
export const WORK_ESTIMATE_FACTOR = 0.9;

/** The work a time budget buys: `units` done in `elapsedMs`, and as much per ms for the `remainingMs`. */
export function estimateWork(units: number, elapsedMs: number, remainingMs: number, factor = WORK_ESTIMATE_FACTOR): number {
  const perMs = units / Math.max(1, elapsedMs);
  return Math.round(units + perMs * Math.max(0, remainingMs) * factor);
}
