import type { SatSolver } from './sat-solver';

/**
 * Variables and the usual cardinality encodings, streamed into a SAT solver.
 *
 * Variables marked `decideFirst` get the lowest numbers: the formula is buffered until {@link commit} and
 * renumbered then. Before it has scores, CaDiCaL decides on variables in the order of their numbers, so the
 * numbering decides where the search starts (measured on the exact phase's window variables: the optimum
 * of the 154-meeting benchmark days in a median of 4.6 s instead of 6.3 s; docs/scheduling.md). Callers
 * keep using the numbers newVar() gave them and translate with {@link literal} / {@link isTrue}.
 */
export class CnfBuilder {
  private lastVar = 0;
  /** Clauses buffered until commit(): their literals, each clause ended by a 0 (one flat array, not one per clause). */
  private pending: Int32Array | undefined = new Int32Array(1 << 16);
  private pendingLength = 0;
  private readonly decidedFirst: number[] = [];
  /** Builder's number → solver's number for the variables created before commit(); identity after. */
  private solverNumber: Int32Array = new Int32Array(1);

  constructor(private readonly solver: SatSolver) {}

  newVar(decideFirst = false): number {
    this.lastVar++;
    if (decideFirst) {
      if (this.pending === undefined) throw new Error('decideFirst variables must be created before commit()');
      this.decidedFirst.push(this.lastVar);
    }
    return this.lastVar;
  }

  get variables(): number {
    return this.lastVar;
  }

  add(clause: readonly number[]): void {
    if (this.pending === undefined) {
      this.solver.addClause(clause.map((l) => this.literal(l)));
      return;
    }
    if (this.pendingLength + clause.length + 1 > this.pending.length) {
      const grown = new Int32Array(Math.max(2 * this.pending.length, this.pendingLength + clause.length + 1));
      grown.set(this.pending.subarray(0, this.pendingLength));
      this.pending = grown;
    }
    for (const literal of clause) this.pending[this.pendingLength++] = literal;
    this.pending[this.pendingLength++] = 0;
  }

  /** Number the variables (decideFirst ones first) and send the buffered clauses to the solver. */
  commit(): void {
    if (this.pending === undefined) return;
    const n = this.lastVar;
    this.solverNumber = new Int32Array(n + 1);
    const marked = new Uint8Array(n + 1);
    let next = 0;
    for (const v of this.decidedFirst) [marked[v], this.solverNumber[v]] = [1, ++next];
    for (let v = 1; v <= n; v++) if (!marked[v]) this.solverNumber[v] = ++next;
    const literals = this.pending;
    this.pending = undefined;
    let clause: number[] = [];
    for (let i = 0; i < this.pendingLength; i++) {
      const l = literals[i]!;
      if (l !== 0) {
        clause.push(l > 0 ? this.solverNumber[l]! : -this.solverNumber[-l]!);
        continue;
      }
      this.solver.addClause(clause);
      clause = [];
    }
  }

  /** The solver's literal for a builder literal (after commit). */
  literal(l: number): number {
    const v = Math.abs(l);
    const mapped = v < this.solverNumber.length ? this.solverNumber[v]! : v;
    return l > 0 ? mapped : -mapped;
  }

  /** Whether builder variable v is true in a model the solver returned. */
  isTrue(model: readonly boolean[], v: number): boolean {
    return model[this.literal(v)] === true;
  }

  /** At most one literal true: pairwise for a few, Sinz's sequential encoding (n - 1 variables) beyond. */
  atMostOne(literals: readonly number[]): void {
    const n = literals.length;
    if (n <= 6) {
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) this.add([-literals[i]!, -literals[j]!]);
      return;
    }
    let previous = 0;
    for (let i = 0; i < n; i++) {
      const literal = literals[i]!;
      if (previous !== 0) this.add([-literal, -previous]);
      if (i === n - 1) break;
      const register = this.newVar();
      this.add([-literal, register]);
      if (previous !== 0) this.add([-previous, register]);
      previous = register;
    }
  }

  /**
   * Sequential counter (Sinz) over `literals` up to `limit`: returns `atLeast`, where atLeast[j - 1] is
   * implied by "j or more literals are true" (j = 1..limit). Assuming ¬atLeast[j - 1] keeps the count
   * below j; with `forbidAbove`, more than `limit` true literals is excluded outright.
   */
  counter(literals: readonly number[], limit: number, forbidAbove: boolean): number[] {
    let previous: number[] = [];
    for (let i = 0; i < literals.length; i++) {
      const literal = literals[i]!;
      const current: number[] = [];
      for (let j = 0; j < limit; j++) current.push(this.newVar());
      this.add([-literal, current[0]!]);
      if (i > 0) {
        for (let j = 0; j < limit; j++) this.add([-previous[j]!, current[j]!]);
        for (let j = 1; j < limit; j++) this.add([-literal, -previous[j - 1]!, current[j]!]);
        if (forbidAbove) this.add([-literal, -previous[limit - 1]!]);
      }
      previous = current;
    }
    return previous;
  }

  /**
   * Totalizer (Bailleux–Boufkhad) over `literals`, outputs capped at `limit`: the same contract as
   * {@link counter} without `forbidAbove` (atLeast[j - 1] implied by "j or more true"), built as a balanced
   * tree of unary adders instead of a chain.
   */
  totalizer(literals: readonly number[], limit: number): number[] {
    if (literals.length <= 1) return [...literals];
    const middle = literals.length >> 1;
    const left = this.totalizer(literals.slice(0, middle), limit);
    const right = this.totalizer(literals.slice(middle), limit);
    const size = Math.min(limit, left.length + right.length);
    const sum: number[] = [];
    for (let k = 0; k < size; k++) sum.push(this.newVar());
    for (let i = 0; i < left.length; i++) this.add([-left[i]!, sum[i]!]);
    for (let j = 0; j < right.length; j++) this.add([-right[j]!, sum[j]!]);
    for (let i = 0; i < left.length; i++) {
      for (let j = 0; j < right.length && i + j + 1 < size; j++) this.add([-left[i]!, -right[j]!, sum[i + j + 1]!]);
    }
    return sum;
  }

  /** At most `limit` of the literals true. */
  atMost(literals: readonly number[], limit: number): void {
    if (literals.length <= limit) return;
    if (limit === 0) {
      for (const literal of literals) this.add([-literal]);
      return;
    }
    this.counter(literals, limit, true);
  }
}
