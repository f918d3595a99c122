/**
 * A time budget judged by the work it buys. Whether the lower-bound question can be answered within a time
 * budget depends on the CPU the run gets, not on the seconds: a shared machine, or a Lambda function with a
 * fraction of a vCPU, gives less. So with a time budget the solver measures the share of a core it has had
 * during the first CALIBRATION_SHARE of the budget (CPU time of the process over wall time) and estimates the
 * work the whole budget buys at that share; the plan (the question asked or not) is decided on that work,
 * with the thresholds tuned on work budgets.
 *
 * Why not the annealing's own rate: measured on forum-14 and forum-13crafb (a CPU clock standing in for an
 * idle core), the work done in the first 3-5% of the budget predicted a third of what forum-14 then did (the
 * first iterations, hot and far from a schedule, are the slowest; V8 is still compiling) and 1.7x what
 * forum-13crafb did (its SAT solver steps take longer than iterations): a rate of the machine, not of the
 * search, is what the decision needs (docs/scheduling.md, sixteenth round).
 */

/**
 * The share of the time budget over which the CPU share is measured: 4% (200 ms at 5 s, 100 ms at 2.5 s), so
 * that the decision is made before the earliest phase boundary (5%) and spans at least one CFS period (100 ms,
 * the unit in which Lambda and containers ration a fraction of a core).
 */
export const CALIBRATION_SHARE = 0.04;

/** CPU milliseconds of this process (user + system), where the runtime tells (Node); undefined elsewhere. */
export function cpuMs(): number | undefined {
  if (typeof process === 'undefined' || typeof process.cpuUsage !== 'function') return undefined;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The work a budget of `budgetMs` buys when the process has had `cpuShare` of a core, at `unitsPerCpuMs`
 * units of work per CPU millisecond (an idle core's rate).
 */
export function estimateWork(budgetMs: number, cpuShare: number, unitsPerCpuMs: number): number {
  return Math.round(Math.max(0, budgetMs) * Math.min(1, Math.max(0, cpuShare)) * unitsPerCpuMs);
}

/** The share of a core between two readings of the wall clock and of the CPU clock (1 when unknown). */
export function cpuShareBetween(wallFrom: number, wallTo: number, cpuFrom: number | undefined, cpuTo: number | undefined): number {
  if (cpuFrom === undefined || cpuTo === undefined || wallTo <= wallFrom) return 1;
  return Math.min(1, (cpuTo - cpuFrom) / (wallTo - wallFrom));
}
