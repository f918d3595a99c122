/**
 * Differential fuzz of the scheduler against exact ground truth on small random problems
 * (random-small-problem.ts; ground truth: exact-reference.ts, brute force on tiny problems, HiGHS's MIP on a
 * model of our own otherwise; checks: differential-check.ts).
 *
 * Usage: npx tsx bench/scheduling/fuzz-differential.ts [--seeds 1-500] [--work 200000] [--minutes 20]
 *          [--no-determinism] [--verbose] [--medium]
 *
 * Which seeds are tiny (brute force, cross-checked against the MIP), scarce, solved without the SAT and LP
 * solvers, by time, or through the paths of large problems: differential-seed.ts. Every seventh also checks
 * that the malformed variants of its problem are rejected with a SchedulingInputError. Each problem solved by
 * work is solved twice with the same seed and work budget (determinism). Prints every finding with its seed,
 * then a summary: counts by kind, and the distribution of the objective gap (breaks, or breaks + 1.5 x
 * unhonoured wishes) to the optimum, by reference method.
 * --medium: 15-40 participants, up to 20 slots and 150 meetings instead (no tiny ones; coverage only).
 * Reproduce one seed with `--seeds N --verbose` (prints the problem as JSON).
 */
import { parseArgs } from 'node:util';
import { SchedulingInputError } from '../../shared/scheduling/compile';
import type { ScheduleResult } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';
import { loadLpSolver } from '../../shared/scheduling-runtime/highs-lp-solver';
import { compareWithReference, sameResult, type Finding } from './differential-check';
import { referenceFor, seedPlan } from './differential-seed';
import { loadMipSolver } from './exact-reference';
import { malformedVariants } from './malformed-inputs';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1-500' },
    work: { type: 'string', default: '200000' },
    minutes: { type: 'string', default: '20' },
    'no-determinism': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    medium: { type: 'boolean', default: false },
  },
});
const [from, to] = values.seeds.includes('-') ? values.seeds.split('-').map(Number) : [Number(values.seeds), Number(values.seeds)];
const work = Number(values.work);
const stopAt = Date.now() + Number(values.minutes) * 60_000;

const [satSolver, lpSolver, mip] = await Promise.all([loadSatSolverFactory(), loadLpSolver(), loadMipSolver()]);

const counts = new Map<string, number>();
const gaps = new Map<string, Map<number, number>>([['brute-force', new Map()], ['mip', new Map()]]);
let problems = 0;
let tinyProblems = 0;
let unproven = 0;
let provenBySolver = 0;
let malformedChecked = 0;
let maxSize = { participants: 0, slots: 0, meetings: 0 };
const started = Date.now();
const report = (seed: number, finding: Finding): void => {
  counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  console.log(`seed ${seed}: ${finding.kind}: ${finding.message}`);
};

for (let seed = from!; seed <= to! && Date.now() < stopAt; seed++) {
  const { problem, tiny, byTime, options } = seedPlan(seed, work, { satSolver, lpSolver }, values.medium);
  problems++;
  if (tiny) tinyProblems++;
  const participants = new Set(problem.meetings.flatMap((m) => [m.a, m.b])).size;
  maxSize = {
    participants: Math.max(maxSize.participants, participants),
    slots: Math.max(maxSize.slots, problem.slots.length),
    meetings: Math.max(maxSize.meetings, problem.meetings.length),
  };
  if (values.verbose) console.log(JSON.stringify(problem));
  const { reference, findings } = referenceFor(problem, tiny, mip);
  for (const finding of findings) report(seed, finding);
  let result: ScheduleResult;
  try {
    result = solveSchedule(problem, options);
  } catch (error) {
    report(seed, { kind: 'exception', message: `threw ${String(error)}` });
    continue;
  }
  if (!result.coverage.provedMaximal) unproven++;
  if (result.coverage.provedBy === 'solver') provenBySolver++;
  const comparison = compareWithReference(problem, result, reference);
  for (const finding of comparison.findings) report(seed, finding);
  if (comparison.objectiveGap !== undefined && comparison.objectiveGap > 0 && tiny) {
    console.log(`seed ${seed}: (info) tiny problem ${comparison.objectiveGap} above the optimum of breaks + 1.5 x unhonoured wishes${byTime ? ' (time budget)' : ''}`);
  }
  if (comparison.objectiveGap !== undefined) {
    const byGap = gaps.get(reference!.method)!;
    byGap.set(comparison.objectiveGap, (byGap.get(comparison.objectiveGap) ?? 0) + 1);
  }
  if (values.verbose) console.log(JSON.stringify({ reference, coverage: result.coverage, figures: result.figures, unplaced: result.unplaced }));
  if (!values['no-determinism'] && !byTime) {
    const again = solveSchedule(problem, options);
    if (!sameResult(result, again)) report(seed, { kind: 'nondeterministic', message: 'the same seed and work gave another result' });
  }
  if (seed % 7 === 0) {
    for (const variant of malformedVariants(problem)) {
      malformedChecked++;
      try {
        solveSchedule(variant.problem, variant.options ?? { seed, work: 1000 });
        report(seed, { kind: 'malformed-accepted', message: `malformed input ${variant.name} was accepted` });
      } catch (error) {
        if (!(error instanceof SchedulingInputError)) report(seed, { kind: 'malformed-accepted', message: `malformed input ${variant.name} threw ${String(error)}` });
      }
    }
  }
}

console.log('');
console.log(`${problems} problems (${tinyProblems} tiny, brute force), up to ${maxSize.participants} participants, ${maxSize.slots} slots, ${maxSize.meetings} meetings; work ${work}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`coverage not proven maximal: ${unproven}; proven by the SAT solver: ${provenBySolver}; malformed variants checked: ${malformedChecked}`);
console.log(`findings: ${counts.size === 0 ? 'none' : [...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
for (const [method, byGap] of gaps) {
  console.log(`objective gap to the optimum, ${method} (gap: problems): ${[...byGap].sort((x, y) => x[0] - y[0]).map(([g, n]) => `${g}: ${n}`).join(', ')}`);
}
