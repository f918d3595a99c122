/**
 * How often the window search (shared/scheduling/window-search.ts) finds a schedule without any break, from
 * the kind of start the solver gives it:
 *
 *   npx tsx bench/scheduling/window-attempts.ts [--instance ticf-14crafa] [--seeds 1,2,3,4] [--iterations 1000000]
 *                                               [--rngs 1,2,3] [--steps 600000] [--restart-every N] [--tuning '{"t0":1.2}']
 *
 * Per seed, the annealing (window phase off) runs --iterations from the constructive start; its best schedule
 * is a start. From every start the window search runs once per --rngs seed, for up to --steps steps (with
 * --restart-every, as runs of that many steps from the same start, one after the other). Printed:
 * each attempt (found or not, steps, CPU seconds) and the totals. Deterministic apart from the CPU seconds.
 *
 * Why: a solve gets one to three attempts of up to 1M steps on the days where the window search matters
 * (ticf-14crafa at 5 s: one), so whole runs over 6 seeds cannot tell a success rate of 10% from one of 30%;
 * this measures the rate directly (docs/scheduling.md, eighteenth round).
 */
import { benchmarkToProblem, loadInstance } from './benchmark-instance';
import { compileProblem } from '../../shared/scheduling/compile';
import { runSearch } from '../../shared/scheduling/local-search';
import { Prng } from '../../shared/scheduling/prng';
import { SearchState } from '../../shared/scheduling/search-state';
import { WindowSearch } from '../../shared/scheduling/window-search';

function option(argv: readonly string[], flag: string, fallback: string): string {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1]! : fallback;
}

const numbers = (list: string): number[] => list.split(',').map(Number);

const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

const argv = process.argv.slice(2);
const instance = option(argv, '--instance', 'ticf-14crafa');
const seeds = numbers(option(argv, '--seeds', '1,2,3,4'));
const iterations = Number(option(argv, '--iterations', '1000000'));
const rngs = numbers(option(argv, '--rngs', '1,2,3'));
const steps = Number(option(argv, '--steps', '600000'));
const restartEvery = Number(option(argv, '--restart-every', String(steps)));
const tuning = JSON.parse(option(argv, '--tuning', '{}')) as Record<string, number>;

const cp = compileProblem(benchmarkToProblem(loadInstance(instance)));
const state = new SearchState(cp);
const search = new WindowSearch(cp);
let found = 0;
let attempts = 0;
let totalSteps = 0;
let totalCpu = 0;
const stepsToZero: number[] = [];
for (const seed of seeds) {
  const start = runSearch(cp, {
    seed,
    deadline: Number.POSITIVE_INFINITY,
    maxIterations: iterations,
    targetBreaks: 0,
    idleWeight: 0.05,
    wishWeight: 1.5,
    tuning: { ...tuning, windowMaxBreaks: 0 },
  }).best;
  state.load(start);
  const startBreaks = state.breaks;
  for (const r of rngs) {
    const before = cpuSeconds();
    const rng = new Prng(r);
    let zero: Int32Array | null = null;
    let taken = 0;
    while (zero === null && taken < steps) {
      zero = search.run(start, rng, { maxIterations: Math.min(restartEvery, steps - taken), deadline: Number.POSITIVE_INFINITY });
      taken += search.steps;
    }
    const cpu = cpuSeconds() - before;
    attempts++;
    totalSteps += taken;
    totalCpu += cpu;
    if (zero !== null) {
      found++;
      stepsToZero.push(taken);
    }
    const outcome = zero === null ? 'not found' : 'found';
    console.log(`${instance} seed ${seed} (start ${startBreaks} breaks) rng ${r}: ${outcome} after ${taken} steps, ${cpu.toFixed(2)} CPU s`);
  }
}
console.log(
  `${instance}: ${found}/${attempts} attempts found a schedule without a break (steps ${stepsToZero.join(', ') || '-'}); ` +
    `${totalSteps} steps in ${totalCpu.toFixed(1)} CPU s (${((1e6 * totalCpu) / Math.max(1, totalSteps)).toFixed(2)} µs per step)`,
);
