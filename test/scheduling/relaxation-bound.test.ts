import { beforeAll, describe, expect, it } from 'vitest';
import { benchmarkToProblem, loadInstance } from '../../bench/scheduling/benchmark-instance';
import { harderVariant } from '../../bench/scheduling/harder-variants';
import { compileProblem } from '../../shared/scheduling/compile';
import { coverageUpperBound } from '../../shared/scheduling/coverage-bound';
import type { LpSolver } from '../../shared/scheduling/exact/lp-solver';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import type { SchedulingProblem } from '../../shared/scheduling/model';
import { certifiedBound, coverageRelaxation, relaxationBound } from '../../shared/scheduling/relaxation-bound';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';
import { loadLpSolver } from '../../shared/scheduling-runtime/highs-lp-solver';
import { slots } from './fixtures';

let lpSolver: LpSolver;
let satSolver: SatSolverFactory;
beforeAll(async () => {
  [lpSolver, satSolver] = await Promise.all([loadLpSolver(), loadSatSolverFactory()]);
});

// A and B are free in both slots; C only in slot 0 and D only in slot 1. Each of A and B has two meetings and
// two slots, so the degree bound allows all three; but A-C takes slot 0 from A and B-D slot 1 from B, leaving
// no slot for A-B: at most 2 meetings.
const sharedSlots: SchedulingProblem = {
  slots: slots({ am: 2 }),
  tables: 5,
  participants: [
    { id: 'C', unavailable: [1] },
    { id: 'D', unavailable: [0] },
  ],
  meetings: [
    { id: 'a-b', a: 'A', b: 'B' },
    { id: 'a-c', a: 'A', b: 'C' },
    { id: 'b-d', a: 'B', b: 'D' },
  ],
};

/** A harder variant (a fifth of the meetings locked, half the participants away 5 slots, 4 overbooked; coverage-proofs.ts's mix 1). */
function overbookedVariant(name = 'tic-12', seed = 12): SchedulingProblem {
  const published = benchmarkToProblem(loadInstance(name));
  const known = solveSchedule(published, { seed: 7, work: 200_000 });
  const slotOf = new Map(known.assignments.map((a) => [a.meetingId, a.slot]));
  return harderVariant(published, slotOf, { seed, lockedShare: 0.2, unavailableShare: 0.5, unavailableSlots: 5, overbookedParticipants: 4 });
}

describe('coverage relaxation bound', () => {
  it('sees that a meeting takes the same slot from both participants, where the degree bound does not', () => {
    expect(coverageUpperBound(sharedSlots).upperBound).toBe(3);
    expect(relaxationBound(compileProblem(sharedSlots), lpSolver, 10)).toBe(2);
  });

  it('proves the maximum without a SAT solver when the schedule reaches it', () => {
    const result = solveSchedule(sharedSlots, { seed: 1, maxIterations: 20_000, timeLimitMs: 10_000, lpSolver });
    expect(validateSchedule(sharedSlots, result)).toEqual([]);
    expect(result.coverage).toEqual({ placed: 2, provablyPlaceable: 2, provedMaximal: true, provedBy: 'bound' });
    const withoutLp = solveSchedule(sharedSlots, { seed: 1, maxIterations: 20_000, timeLimitMs: 10_000 });
    expect(withoutLp.coverage).toEqual({ placed: 2, provablyPlaceable: 3, provedMaximal: false });
  });

  it('proves the maximum on a harder variant where the combinatorial bound is 7 above it', () => {
    const problem = overbookedVariant();
    const cp = compileProblem(problem);
    const relaxed = relaxationBound(cp, lpSolver, 10)!;
    expect(coverageUpperBound(problem).upperBound).toBe(relaxed + 7);
    const result = solveSchedule(problem, { seed: 1, work: 1_000_000, satSolver, lpSolver });
    expect(validateSchedule(problem, result)).toEqual([]);
    expect(result.coverage).toEqual({ placed: relaxed, provablyPlaceable: relaxed, provedMaximal: true, provedBy: 'bound' });
  });

  it('never claims less than a schedule places, whatever duals the LP solver returns (the bound is certified)', () => {
    const problem = overbookedVariant();
    const cp = compileProblem(problem);
    const lp = coverageRelaxation(cp);
    const rows = lp.rowStart.length - 1;
    const placed = solveSchedule(problem, { seed: 1, work: 1_000_000, satSolver, lpSolver }).figures.placed;
    let x = 12345;
    const random = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const dualSets = [
      new Float64Array(rows),
      Float64Array.from({ length: rows }, () => random()),
      Float64Array.from({ length: rows }, () => 3 * random() - 1),
      Float64Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? Number.NaN : random())),
    ];
    for (const duals of dualSets) expect(certifiedBound(lp, duals)).toBeGreaterThanOrEqual(placed);
    // Stopped almost at once, HiGHS still returns duals of some basis: a weaker bound, never a wrong one.
    expect(relaxationBound(cp, lpSolver, 0.001) ?? placed).toBeGreaterThanOrEqual(placed);
    // A solver without an answer leaves the bound combinatorial.
    const silent: LpSolver = { duals: () => undefined, integerSolution: () => undefined };
    const result = solveSchedule(problem, { seed: 1, work: 300_000, lpSolver: silent });
    expect(result.coverage.provablyPlaceable).toBeGreaterThanOrEqual(coverageUpperBound(problem).upperBound);
  });

  it('places the maximum by integer programming where the SAT solver does not find it in its work (3 M units)', () => {
    const problem = overbookedVariant('tic-13crafc', 11);
    const relaxed = relaxationBound(compileProblem(problem), lpSolver, 10)!;
    const withoutProgram: LpSolver = { duals: (lp, seconds) => lpSolver.duals(lp, seconds), integerSolution: () => undefined };
    expect(solveSchedule(problem, { seed: 1, work: 3_000_000, satSolver, lpSolver: withoutProgram }).coverage).toEqual({
      placed: relaxed - 1,
      provablyPlaceable: relaxed,
      provedMaximal: false,
    });
    const result = solveSchedule(problem, { seed: 1, work: 1_000_000, satSolver, lpSolver });
    expect(validateSchedule(problem, result)).toEqual([]);
    expect(result.coverage).toEqual({ placed: relaxed, provablyPlaceable: relaxed, provedMaximal: true, provedBy: 'bound' });
  });

  it("checks the integer program's schedule: one that breaks a rule is not used", () => {
    const problem = overbookedVariant('tic-13crafc', 11);
    let asked = 0;
    const everywhere: LpSolver = {
      duals: (lp, seconds) => lpSolver.duals(lp, seconds),
      integerSolution: (lp) => {
        asked++;
        return new Float64Array(lp.columns).fill(1);
      },
    };
    const result = solveSchedule(problem, { seed: 1, work: 300_000, satSolver, lpSolver: everywhere });
    expect(asked).toBe(1);
    expect(validateSchedule(problem, result)).toEqual([]);
  });
});
