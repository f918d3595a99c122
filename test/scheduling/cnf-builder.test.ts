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
