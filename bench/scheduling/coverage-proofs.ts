/**
 * How often a solve proves its coverage maximal on harder variants other than the benchmark's own:
 *
 *   npx tsx bench/scheduling/coverage-proofs.ts [--work 3000000] [--instances a,b] [--variant-seeds 11,12] [--no-lp]
 *
 * Per published instance, a schedule of a short solve (seed 7) is the known schedule; from it, variants with
 * four mixes of locks, unavailable slots and overbooked participants (harder-variants.ts; the benchmark's
 * --variants uses the defaults, 40% locked, 30% x 3 slots, 2 overbooked) are solved once with the work
 * budget and the SAT solver. Printed: every run whose coverage is not proven maximal (placed / provably
 * placeable) or whose schedule is invalid, then the count per mix. Deterministic (work budgets).
 */
import { benchmarkToProblem, instanceNames, loadInstance } from './benchmark-instance';
import { harderVariant, type VariantOptions } from './harder-variants';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';
import { loadLpSolver } from '../../shared/scheduling-runtime/highs-lp-solver';

const MIXES: readonly Omit<VariantOptions, 'seed'>[] = [
  { lockedShare: 0.2, unavailableShare: 0.5, unavailableSlots: 5, overbookedParticipants: 4 },
  { lockedShare: 0.6, unavailableShare: 0.3, unavailableSlots: 3, overbookedParticipants: 2 },
  { lockedShare: 0.4, unavailableShare: 0.8, unavailableSlots: 6, overbookedParticipants: 0 },
  { lockedShare: 0, unavailableShare: 0.6, unavailableSlots: 8, overbookedParticipants: 6 },
];

function option(argv: readonly string[], flag: string, fallback: string): string {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1]! : fallback;
}

const argv = process.argv.slice(2);
const work = Number(option(argv, '--work', '3000000'));
const names = option(argv, '--instances', instanceNames().join(',')).split(',');
const variantSeeds = option(argv, '--variant-seeds', '11,12').split(',').map(Number);
const satSolver = await loadSatSolverFactory();
// --no-lp: the combinatorial bound alone (before the relaxation bound), for comparisons.
const lpSolver = argv.includes('--no-lp') ? undefined : await loadLpSolver();
const unproven = MIXES.map(() => 0);
let runs = 0;
for (const name of names) {
  const published = benchmarkToProblem(loadInstance(name));
  const known = solveSchedule(published, { seed: 7, work: 200_000 });
  const slotOf = new Map(known.assignments.map((a) => [a.meetingId, a.slot]));
  MIXES.forEach((mix, i) => {
    for (const seed of variantSeeds) {
      const problem = harderVariant(published, slotOf, { seed, ...mix });
      const result = solveSchedule(problem, { seed: 1, work, satSolver, ...(lpSolver === undefined ? {} : { lpSolver }), timeLimitMs: 600_000 });
      const violations = validateSchedule(problem, result);
      runs++;
      if (result.coverage.provedMaximal && violations.length === 0) continue;
      unproven[i]!++;
      const { placed, provablyPlaceable } = result.coverage;
      console.log(`${name} mix ${i + 1} variant seed ${seed}: placed ${placed}/${provablyPlaceable}, violations ${violations.length}`);
    }
  });
}
console.log(`work ${work}: not proven maximal (or invalid) in ${unproven.reduce((a, b) => a + b, 0)} of ${runs} runs; per mix ${unproven.join(', ')}`);
