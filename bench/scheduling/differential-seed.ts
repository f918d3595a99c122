/**
 * One seed of the differential fuzz: the problem, how it is solved and its ground truth, shared by
 * bench/scheduling/fuzz-differential.ts (many seeds) and test/scheduling/differential.test.ts (a fixed few).
 */
import type { LpSolver } from '../../shared/scheduling/exact/lp-solver';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import type { SchedulingProblem, SolveOptions } from '../../shared/scheduling/model';
import type { Finding } from './differential-check';
import { bruteForce, mipReference, referenceModel, type MipSolver, type ReferenceOptimum } from './exact-reference';
import { randomSmallProblem } from './random-small-problem';

export interface SeedPlan {
  readonly problem: SchedulingProblem;
  /** Small enough for brute force. */
  readonly tiny: boolean;
  /** Solved with a time budget (as the Lambda does): not reproducible, so not compared for determinism. */
  readonly byTime: boolean;
  readonly options: SolveOptions;
}

/**
 * Every third seed is tiny, every second scarce (random-small-problem.ts `hard`); every fifth solves without
 * the SAT and LP solvers (the combinatorial bound alone); every eleventh with a time budget of 400 ms instead
 * of the work budget; half of them take the paths of large problems through SolveOptions.tuning: the
 * lower-bound question instead of the exact phase, the exact phase's one-break-at-a-time descent, or the
 * annealing and window search alone.
 */
export function seedPlan(seed: number, work: number, solvers: { satSolver: SatSolverFactory; lpSolver: LpSolver }, medium = false): SeedPlan {
  const tiny = !medium && seed % 3 === 0;
  const problem = randomSmallProblem(seed, { tiny, hard: seed % 2 === 0, medium });
  const withSolvers = seed % 5 !== 0;
  const byTime = seed % 11 === 0;
  const paths: Readonly<Record<string, number>>[] = [
    {},
    { exactMaxPlacements: 0, questionMinWork: 0, questionMinMs: 0, questionForZeroBound: 1 },
    { exactDescendingAbove: 0 },
    { exactMaxPlacements: 0, questionMaxPlacements: 0 },
  ];
  const tuning = paths[Math.floor(seed / 2) % 4]!;
  const options: SolveOptions = {
    seed,
    ...(byTime ? { timeLimitMs: 400 } : { work }),
    ...(withSolvers ? solvers : {}),
    ...(Object.keys(tuning).length > 0 ? { tuning } : {}),
  };
  return { problem, tiny, byTime, options };
}

/**
 * The ground truth: brute force for tiny problems (cross-checked against the MIP: a disagreement is reported
 * as a finding, the reference itself being wrong), else the MIP, with the breaks only up to `breaksUpToPairs`
 * (meeting, legal slot) pairs (the breaks model is slow beyond about a hundred).
 */
export function referenceFor(problem: SchedulingProblem, tiny: boolean, mip: MipSolver, breaksUpToPairs = 100): { reference?: ReferenceOptimum; findings: Finding[] } {
  const model = referenceModel(problem);
  const pairs = model.legal.reduce((n, list) => n + list.length, 0);
  const fromMip = mipReference(model, mip, pairs <= breaksUpToPairs, 10);
  const findings: Finding[] = [];
  const fromBruteForce = tiny ? bruteForce(model) : undefined;
  if (fromBruteForce !== undefined && fromMip !== undefined) {
    for (const key of ['maxPlaced', 'minBreaks', 'minObjective'] as const) {
      if (fromMip[key] !== undefined && fromBruteForce[key] !== fromMip[key]) {
        findings.push({ kind: 'reference-disagreement', message: `brute force ${key} ${fromBruteForce[key]}, MIP ${fromMip[key]}` });
      }
    }
  }
  const reference = fromBruteForce ?? fromMip;
  return { ...(reference === undefined ? {} : { reference }), findings };
}
