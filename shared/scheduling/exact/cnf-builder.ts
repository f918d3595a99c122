import type { SatSolver } from './sat-solver';

/** Variables and the usual cardinality encodings, streamed straight into a SAT solver. */
export class CnfBuilder {
  private lastVar = 0;

  constructor(private readonly solver: SatSolver) {}

  newVar(): number {
    return ++this.lastVar;
  }

  get variables(): number {
    return this.lastVar;
  }

  add(clause: readonly number[]): void {
    this.solver.addClause(clause);
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
