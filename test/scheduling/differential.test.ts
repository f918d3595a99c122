/**
 * The differential fuzz (bench/scheduling/fuzz-differential.ts) on a fixed set of seeds, so that it cannot
 * regress: small random problems against exact ground truth that shares no code with the solver (brute force
 * for the tiny ones, HiGHS's MIP on a model of our own otherwise), plus the solver's figures, reasons and
 * proofs, and determinism for a seed and a work budget. The long run: the script, with more seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithReference, sameResult } from '../../bench/scheduling/differential-check';
import { referenceFor, seedPlan } from '../../bench/scheduling/differential-seed';
import { loadMipSolver, type MipSolver } from '../../bench/scheduling/exact-reference';
import type { LpSolver } from '../../shared/scheduling/exact/lp-solver';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import { solveSchedule } from '../../shared/scheduling/solver';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';
import { loadLpSolver } from '../../shared/scheduling-runtime/highs-lp-solver';

let satSolver: SatSolverFactory;
let lpSolver: LpSolver;
let mip: MipSolver;
beforeAll(async () => {
  [satSolver, lpSolver, mip] = await Promise.all([loadSatSolverFactory(), loadLpSolver(), loadMipSolver()]);
});

/** Seeds 1-36 cover every kind of seed (tiny, scarce, without solvers, by time, each path of large problems). */
const SEEDS = Array.from({ length: 36 }, (_, i) => i + 1);
const WORK = 20_000;

describe('differential check against exact ground truth', () => {
  it.each(SEEDS)('seed %i: valid, maximum coverage, truthful figures and reasons, optimal breaks when tiny', (seed) => {
    const { problem, tiny, byTime, options } = seedPlan(seed, WORK, { satSolver, lpSolver });
    const { reference, findings } = referenceFor(problem, tiny, mip, 60);
    expect(findings).toEqual([]);
    expect(reference).toBeDefined();
    const result = solveSchedule(problem, options);
    const comparison = compareWithReference(problem, result, reference);
    expect(comparison.findings).toEqual([]);
    // Tiny problems reach the optimum of breaks (+ 1.5 x unhonoured wishes) among maximum-coverage schedules
    // (by work: a time budget on a loaded machine may leave less than the tiny search needs).
    if (tiny && !byTime) expect(comparison.objectiveGap).toBe(0);
    if (!byTime && seed % 4 === 1) expect(sameResult(result, solveSchedule(problem, options))).toBe(true);
  });
});
