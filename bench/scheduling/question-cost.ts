/**
 * Where the lower-bound question's cost goes (exact/lower-bound-phase.ts), on one day:
 *
 *   npx tsx bench/scheduling/question-cost.ts [--instance forum-14] [--cadical '{"seed":1}'] [--cap 3000000] [--stats]
 *
 * Builds the question's formula as the solver does (sized to the bound, no start) and asks it without a
 * deadline: the construction's CPU time (not metered in a solve), the formula's size, then every solver call
 * with its work (work-meter.ts) and CPU time, until the answer or `--cap` units. The question does not
 * depend on the annealing's seed; CaDiCaL's own `seed` (via --cadical) stands in for another day of the same
 * kind. `--stats` prints CaDiCaL's statistics after every call.
 */
import { Cadical, loadCadical } from 'cadical-wasm';
import { benchmarkToProblem, loadInstance } from './benchmark-instance';
import { compileProblem } from '../../shared/scheduling/compile';
import { ExactSearch } from '../../shared/scheduling/exact/exact-phase';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import { groupsThatNeedABreak } from '../../shared/scheduling/forced-breaks';
import { WorkMeter } from '../../shared/scheduling/work-meter';

const argv = process.argv.slice(2);
const option = (flag: string): string | undefined => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};
const name = option('--instance') ?? 'forum-14';
const extra = JSON.parse(option('--cadical') ?? '{}') as Record<string, unknown>;
const stats = argv.includes('--stats');
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const module = await loadCadical();
const meter = new WorkMeter(Number.MAX_SAFE_INTEGER);
let [clauses, literals] = [0, 0];
const calls: string[] = [];
// The options of shared/scheduling-runtime/cadical-solver.ts, with the question's false default phase.
const factory: SatSolverFactory = (options) => {
  const cadical = new Cadical(module, { quiet: !stats, stabilizeonly: true, target: 2, ...(options?.defaultPhase === false ? { phase: 0 } : {}), ...extra });
  return {
    addClause: (clause) => {
      clauses++;
      literals += clause.length;
      cadical.addClause(clause);
    },
    solve: (assumptions, conflicts) => {
      const [work, cpu] = [meter.spent, cpuMs()];
      const status = cadical.solve(conflicts === undefined ? { assumptions } : { assumptions, conflicts });
      calls.push(`  ${status}: ${((meter.spent - work) / 1e6).toFixed(2)} M units, ${(cpuMs() - cpu).toFixed(0)} CPU ms, formula ${clauses} clauses`);
      if (stats) cadical.printStatistics();
      return status;
    },
    failed: (literal) => cadical.failed(literal),
    model: () => cadical.model(),
    phase: (literal) => cadical.phase(literal),
    setTerminate: (stop) => cadical.setTerminate(stop),
    dispose: () => cadical.dispose(),
  };
};

const cp = compileProblem(benchmarkToProblem(loadInstance(name)));
const mayBreak = groupsThatNeedABreak(cp);
const shape = { countBreaksUpTo: mayBreak.length + 1, maxBreaksPerParticipant: 2 };
const built = cpuMs();
const exact = new ExactSearch(cp, factory, new Int32Array(cp.M).fill(-1), { defaultPhase: false }, meter, 'sequential', shape);
console.log(
  `${name}: ${cp.domain.length} pairs, lower bound ${mayBreak.length}; formula built in ${(cpuMs() - built).toFixed(0)} CPU ms: ` +
    `${exact.variables} variables, ${clauses} clauses, ${literals} literals`,
);
const asked = cpuMs();
const answer = exact.reachBound(mayBreak.length, mayBreak, Number.POSITIVE_INFINITY, Number(option('--cap') ?? Number.POSITIVE_INFINITY));
console.log(calls.join('\n'));
console.log(
  `${answer === null ? 'no answer' : `answer: ${answer.breaks} breaks`} after ${(meter.spent / 1e6).toFixed(2)} M units, ` +
    `${(cpuMs() - asked).toFixed(0)} CPU ms${exact.lastOverfilled === undefined ? '' : ' (a model that overfilled slots came back)'}`,
);
exact.dispose();
