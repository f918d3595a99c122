import { describe, expect, it } from 'vitest';
import { CnfBuilder } from '../../shared/scheduling/exact/cnf-builder';
import type { SatSolver } from '../../shared/scheduling/exact/sat-solver';

/** Records what reaches the solver: the builder's job here is only the numbering. */
function recordingSolver(): SatSolver & { clauses: number[][] } {
  const clauses: number[][] = [];
  return {
    clauses,
    addClause: (literals) => void clauses.push([...literals]),
    solve: () => 'unknown',
    failed: () => false,
    model: () => [],
    phase: () => undefined,
    setTerminate: () => undefined,
    dispose: () => undefined,
  };
}

describe('CnfBuilder numbering', () => {
  it('buffers the formula until commit and numbers decideFirst variables first, keeping the clauses equivalent', () => {
    const solver = recordingSolver();
    const cnf = new CnfBuilder(solver);
    const [a, b, window1, c, window2] = [cnf.newVar(), cnf.newVar(), cnf.newVar(true), cnf.newVar(), cnf.newVar(true)];
    cnf.add([a, -window1]);
    cnf.add([-b, c, window2]);
    expect(solver.clauses).toEqual([]);

    cnf.commit();
    expect([window1, window2, a, b, c].map((v) => cnf.literal(v))).toEqual([1, 2, 3, 4, 5]);
    expect(cnf.literal(-b)).toBe(-4);
    expect(solver.clauses).toEqual([
      [3, -1],
      [-4, 5, 2],
    ]);
  });

  it('keeps every buffered clause, in order, when the buffer grows past its first size', () => {
    const solver = recordingSolver();
    const cnf = new CnfBuilder(solver);
    const vars = Array.from({ length: 1000 }, (_, i) => cnf.newVar(i % 7 === 0));
    const clauses = Array.from({ length: 30_000 }, (_, i) => [vars[i % 1000]!, -vars[(i * 31) % 1000]!, vars[(i * 17 + 3) % 1000]!]);
    for (const clause of clauses) cnf.add(clause);
    cnf.commit();
    expect(solver.clauses).toEqual(clauses.map((clause) => clause.map((l) => cnf.literal(l))));
    expect(new Set(vars.map((v) => cnf.literal(v))).size).toBe(1000);
  });

  it('streams clauses after commit, new variables keeping their numbers, and reads models through the numbering', () => {
    const solver = recordingSolver();
    const cnf = new CnfBuilder(solver);
    const [a, window] = [cnf.newVar(), cnf.newVar(true)];
    cnf.commit();
    const later = cnf.newVar();
    cnf.add([a, later]);
    expect(later).toBe(3);
    expect(solver.clauses).toEqual([[2, 3]]);
    const model = [false, true, false, true]; // solver variables 1 (= window) and 3 (= later) true
    expect([cnf.isTrue(model, window), cnf.isTrue(model, a), cnf.isTrue(model, later)]).toEqual([true, false, true]);
    expect(() => cnf.newVar(true)).toThrow(/before commit/);
  });
});

/**
 * The least model of definite Horn clauses (each with exactly one positive literal) once `trueVars` are
 * set: what unit propagation derives. The totalizer's clauses are all of that shape.
 */
function propagate(clauses: readonly number[][], trueVars: ReadonlySet<number>): Set<number> {
  const derived = new Set(trueVars);
  for (let changed = true; changed; ) {
    changed = false;
    for (const clause of clauses) {
      const head = clause.find((l) => l > 0)!;
      if (derived.has(head) || !clause.every((l) => l > 0 || derived.has(-l))) continue;
      derived.add(head);
      changed = true;
    }
  }
  return derived;
}

describe('CnfBuilder totalizer', () => {
  it('derives "at least j true" by propagation exactly when j inputs are true, for every input assignment', () => {
    for (let n = 1; n <= 7; n++) {
      for (let limit = 1; limit <= 4; limit++) {
        const solver = recordingSolver();
        const cnf = new CnfBuilder(solver);
        const inputs = Array.from({ length: n }, () => cnf.newVar());
        const atLeast = cnf.totalizer(inputs, limit);
        cnf.commit();
        expect(atLeast.length).toBe(Math.min(n, limit));
        for (const clause of solver.clauses) expect(clause.filter((l) => l > 0)).toHaveLength(1);
        for (let mask = 0; mask < 1 << n; mask++) {
          const set = inputs.filter((_, i) => mask & (1 << i)).map((v) => cnf.literal(v));
          const derived = propagate(solver.clauses, new Set(set));
          const shown = atLeast.map((v) => derived.has(cnf.literal(v)));
          expect(shown).toEqual(atLeast.map((_, j) => set.length >= j + 1));
        }
      }
    }
  });
});
