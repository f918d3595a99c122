/**
 * The linear-programming relaxation of coverage, an upper bound that sees shared slots: a variable
 * x(m, s) in [0, 1] per meeting and legal slot, at most one slot per meeting, at most one meeting per
 * participant and slot, at most `tables` meetings per slot, locked meetings fixed. No schedule places more
 * than its optimum. The degree bound (coverage-bound.ts) only counts how many meetings each participant can
 * take; it misses that a meeting takes the same slot from both sides (A's meeting with C can only take slot 1
 * and B's with D only slot 2: A and B cannot also meet, though each has two slots for two meetings). On
 * harder variants of the published instances (bench/scheduling/coverage-proofs.ts), the relaxation's
 * optimum was the true maximum every time it was measured, where the degree bound was up to 12 above it.
 *
 * Certified, not trusted: the solver's row duals y (any y >= 0 will do) give the weak-duality bound
 *   sum_i rowUpper[i] * y[i] + sum_j (r_j > 0 ? r_j * colUpper[j] : r_j * colLower[j]),  r_j = 1 - sum_{i ∋ j} y[i],
 * computed here, so a solver's tolerance or a basis stopped by the time limit can only make the bound
 * weaker, never wrong. The bound is an integer above a value the floating-point sums get within far less
 * than CERTIFICATE_SLACK of.
 */
import type { CompiledProblem } from './compile';
import type { LpSolver, UnitLinearProgram } from './exact/lp-solver';
import { PlacementGroups } from './exact/placement-groups';

const CERTIFICATE_SLACK = 1e-6;

/** The relaxation of `cp`'s coverage (placeable meetings only). */
export function coverageRelaxation(cp: CompiledProblem): UnitLinearProgram {
  const { M } = cp;
  const columns = cp.domain.length;
  const colLower = new Float64Array(columns);
  const colUpper = new Float64Array(columns).fill(1);
  const rows: number[][] = [];
  const rowUpper: number[] = [];
  const groups = new PlacementGroups<number>(cp);
  for (let m = 0; m < M; m++) {
    const meetingColumns: number[] = [];
    for (let j = cp.domainStart[m]!; j < cp.domainStart[m + 1]!; j++) {
      if (cp.preUnplaced.has(m)) {
        colUpper[j] = 0;
        continue;
      }
      const s = cp.domain[j]!;
      meetingColumns.push(j);
      groups.add(m, s, j);
    }
    if (cp.fixedSlot[m]! >= 0 && meetingColumns.length === 1) colLower[meetingColumns[0]!] = 1;
    if (meetingColumns.length > 1) addRow(rows, rowUpper, meetingColumns, 1);
  }
  for (const list of groups.participantSlots()) if (list.length > 1) addRow(rows, rowUpper, list, 1);
  groups.bySlot.forEach((list, s) => list.length > cp.cap[s]! && addRow(rows, rowUpper, list, cp.cap[s]!));
  const rowStart = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (rowStart[i + 1] = rowStart[i]! + row.length));
  return { columns, colLower, colUpper, rowStart, rowColumns: Int32Array.from(rows.flat()), rowUpper: Float64Array.from(rowUpper) };
}

function addRow(rows: number[][], rowUpper: number[], columns: readonly number[], upper: number): void {
  rows.push([...columns]);
  rowUpper.push(upper);
}

/** The weak-duality bound of `lp` from any row duals (negative or non-finite ones count as 0). */
export function certifiedBound(lp: UnitLinearProgram, rowDuals: Float64Array): number {
  const reduced = new Float64Array(lp.columns).fill(1);
  let bound = 0;
  for (let i = 0; i + 1 < lp.rowStart.length; i++) {
    const y = Math.abs(rowDuals[i] ?? 0);
    if (!Number.isFinite(y) || y === 0) continue;
    bound += lp.rowUpper[i]! * y;
    for (let k = lp.rowStart[i]!; k < lp.rowStart[i + 1]!; k++) reduced[lp.rowColumns[k]!]! -= y;
  }
  for (let j = 0; j < lp.columns; j++) {
    const r = reduced[j]!;
    bound += r > 0 ? r * lp.colUpper[j]! : r * lp.colLower[j]!;
  }
  return bound;
}

/** The most meetings the relaxation allows, or undefined when the solver gave no duals. */
export function relaxationBound(cp: CompiledProblem, solveLp: LpSolver, timeLimitSeconds: number): number | undefined {
  return boundOfRelaxation(coverageRelaxation(cp), solveLp, timeLimitSeconds);
}

/** {@link relaxationBound} of a relaxation already built. */
export function boundOfRelaxation(lp: UnitLinearProgram, solveLp: LpSolver, timeLimitSeconds: number): number | undefined {
  const duals = solveLp.duals(lp, timeLimitSeconds);
  if (duals === undefined || duals.length !== lp.rowStart.length - 1) return undefined;
  return Math.floor(certifiedBound(lp, duals) + CERTIFICATE_SLACK);
}
