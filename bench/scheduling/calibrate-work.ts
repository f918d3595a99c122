/**
 * How much work (shared/scheduling/work-meter.ts) one second of CPU buys, to choose SOLVER_STEP_WORK and
 * the work budget that matches a time budget:
 *
 *   npx tsx bench/scheduling/calibrate-work.ts [--work 3000000] [--instances a,b] [--seed 1]
 *
 * Per instance, one solve with the work budget and the SAT solver; it reports the CPU time of the process
 * (user + system, so a busy machine slows the wall clock but hardly this), the annealing's iterations per
 * CPU second, and the SAT solver's steps (terminate polls) per CPU second of solving.
 */
import { benchmarkToProblem, loadInstance } from './benchmark-instance';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import { solveSchedule } from '../../shared/scheduling/solver';
import { SOLVER_STEP_WORK } from '../../shared/scheduling/work-meter';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';

const DEFAULT_INSTANCES = ['forum-13crafb', 'ticf-13crafb', 'forum-13crafc', 'forum-14', 'tic-13crafc'];

function option(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** The factory with its solve() calls timed (CPU) and its terminate polls counted. */
function meteredFactory(inner: SatSolverFactory, totals: { steps: number; cpu: number }): SatSolverFactory {
  return (options) => {
    const solver = inner(options);
    return {
      ...solver,
      setTerminate: (stop) =>
        solver.setTerminate(() => {
          totals.steps++;
          return stop();
        }),
      solve: (assumptions, conflictLimit) => {
        const before = cpuSeconds();
        try {
          return solver.solve(assumptions, conflictLimit);
        } finally {
          totals.cpu += cpuSeconds() - before;
        }
      },
    };
  };
}

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.log('usage: npx tsx bench/scheduling/calibrate-work.ts [--work N] [--instances a,b] [--seed N]');
  process.exit(0);
}
const work = Number(option(argv, '--work') ?? 3_000_000);
const seed = Number(option(argv, '--seed') ?? 1);
const names = option(argv, '--instances')?.split(',') ?? DEFAULT_INSTANCES;
const sat = await loadSatSolverFactory();
console.log(`work ${work}, seed ${seed}, SOLVER_STEP_WORK ${SOLVER_STEP_WORK}, load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (const name of names) {
  const totals = { steps: 0, cpu: 0 };
  const problem = benchmarkToProblem(loadInstance(name));
  const wallStart = performance.now();
  const cpuStart = cpuSeconds();
  const result = solveSchedule(problem, { seed, work, timeLimitMs: 600_000, satSolver: meteredFactory(sat, totals) });
  const cpu = cpuSeconds() - cpuStart;
  const searchCpu = cpu - totals.cpu;
  console.log(
    `${name.padEnd(15)} breaks ${String(result.figures.breaks).padStart(3)}  cpu ${cpu.toFixed(2)} s (wall ${((performance.now() - wallStart) / 1000).toFixed(2)} s)  ` +
      `annealing ${result.stats.iterations} it = ${(result.stats.iterations / searchCpu / 1e3).toFixed(0)}k it/cpu-s (incl. window steps)  ` +
      `solver ${totals.steps} steps in ${totals.cpu.toFixed(2)} cpu-s = ${totals.cpu > 0 ? (totals.steps / totals.cpu / 1e3).toFixed(1) : '-'}k steps/cpu-s  ` +
      `work spent ${result.stats.work}`,
  );
}
