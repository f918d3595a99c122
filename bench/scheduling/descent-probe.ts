/**
 * Every SAT call of the exact phase, its work and outcome, through whole solves:
 *
 *   npx tsx bench/scheduling/descent-probe.ts [--instance forum-13crafb] [--seeds 1,2,3] [--work 6000000]
 *                                             [--cadical '[{},{"seed":1}]'] [--tuning '{}'] [--stats N]
 *
 * Per CaDiCaL option set (--cadical, added to the runtime's own options) and seed, one solveSchedule with the
 * work budget; printed: the breaks, the solver's work in all, every improvement as breaks@M units of solver
 * work when it was found, and every call as s (a model), r (refuted under its assumptions) or u (stopped:
 * conflict limit or budget) with its work in M units. --stats N prints CaDiCaL's statistics after the Nth
 * call (with "quiet":0 in the option set). Deterministic apart from the CPU seconds.
 *
 * Why: on the 195-meeting days one solve is a chain of calls whose costs are heavy-tailed, so the final breaks
 * of six seeds say little; the work of each step does (docs/scheduling.md, nineteenth round).
 */
import { Cadical, loadCadical } from 'cadical-wasm';
import { benchmarkToProblem, loadInstance } from './benchmark-instance';
import { traceImprovements } from '../../shared/scheduling/exact/exact-phase';
import type { SatSolver, SatSolverFactory, SatStatus } from '../../shared/scheduling/exact/sat-solver';
import { solveSchedule } from '../../shared/scheduling/solver';
import { SOLVER_STEP_WORK } from '../../shared/scheduling/work-meter';

function option(argv: readonly string[], flag: string, fallback: string): string {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1]! : fallback;
}

const argv = process.argv.slice(2);
const instance = option(argv, '--instance', 'forum-13crafb');
const seeds = option(argv, '--seeds', '1,2,3').split(',').map(Number);
const work = Number(option(argv, '--work', '6000000'));
const optionSets = JSON.parse(option(argv, '--cadical', '[{}]')) as Record<string, number>[];
const tuning = JSON.parse(option(argv, '--tuning', '{}')) as Record<string, number>;
const statsAfter = Number(option(argv, '--stats', '0'));
const millions = (units: number): string => (units / 1e6).toFixed(2);
const letter: Record<SatStatus, string> = { satisfiable: 's', unsatisfiable: 'r', unknown: 'u' };

const module = await loadCadical();
const problem = benchmarkToProblem(loadInstance(instance));
for (const extra of optionSets) {
  for (const seed of seeds) {
    const calls: string[] = [];
    let solverWork = 0;
    // The runtime's options (shared/scheduling-runtime/cadical-solver.ts) plus the set tried; polls of the
    // terminate callback counted as the work meter counts them.
    const factory: SatSolverFactory = (options) => {
      const base = { quiet: true, stabilizeonly: true, target: 2, ...(options?.defaultPhase === false ? { phase: 0 } : {}) };
      const cadical = new Cadical(module, { ...base, ...extra } as ConstructorParameters<typeof Cadical>[1]);
      let polls = 0;
      let stop: () => boolean = () => false;
      cadical.setTerminate(() => {
        polls++;
        return stop();
      });
      const solver: SatSolver = {
        addClause: (literals) => cadical.addClause(literals),
        solve: (assumptions, conflicts): SatStatus => {
          const before = polls;
          const status = cadical.solve(conflicts === undefined ? { assumptions } : { assumptions, conflicts });
          const units = (polls - before) * SOLVER_STEP_WORK;
          solverWork += units;
          calls.push(`${letter[status]}${millions(units)}`);
          if (calls.length === statsAfter) cadical.printStatistics();
          return status;
        },
        failed: (literal) => cadical.failed(literal),
        model: () => cadical.model(),
        phase: (literal) => cadical.phase(literal),
        setTerminate: (callback) => {
          stop = callback;
        },
        dispose: () => cadical.dispose(),
      };
      return solver;
    };
    const reached: string[] = [];
    traceImprovements((breaks) => reached.push(`${breaks}@${millions(solverWork)}`));
    const cpu = process.cpuUsage();
    const result = solveSchedule(problem, { seed, work, timeLimitMs: 600_000, satSolver: factory, tuning });
    const used = process.cpuUsage(cpu);
    traceImprovements(undefined);
    const exact = result.stats.exact;
    console.log(
      `${instance} ${JSON.stringify(extra)} seed ${seed}: breaks ${result.figures.breaks} (exact ${exact?.breaksBefore}>${exact?.breaksAfter}), ` +
        `solver ${millions(solverWork)} M, cpu ${((used.user + used.system) / 1e6).toFixed(1)} s | ${reached.join(' ')} | ${calls.join(' ')}`,
    );
  }
}
