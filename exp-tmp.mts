import { benchmarkToProblem, loadInstance } from './bench/scheduling/benchmark-instance';
import { harderVariant } from './bench/scheduling/harder-variants';
import { solveSchedule } from './shared/scheduling/solver';
import { loadSatSolverFactory } from './shared/scheduling-runtime/cadical-solver';
import { loadLpSolver } from './shared/scheduling-runtime/highs-lp-solver';
const [satSolver, lpSolver] = await Promise.all([loadSatSolverFactory(), loadLpSolver()]);
const published = benchmarkToProblem(loadInstance(process.argv[2]!));
const known = solveSchedule(published, { seed: 7, work: 200_000 });
const slotOf = new Map(known.assignments.map((a) => [a.meetingId, a.slot]));
const problem = harderVariant(published, slotOf, { seed: Number(process.argv[3]), lockedShare: 0.2, unavailableShare: 0.5, unavailableSlots: 5, overbookedParticipants: 4 });
for (const tuning of JSON.parse(process.argv[4] ?? '[{}]')) {
  for (const work of [1_000_000, 3_000_000, 6_000_000]) {
    const t = performance.now();
    const r = solveSchedule(problem, { seed: Number(process.argv[5] ?? 1), work, satSolver, lpSolver, timeLimitMs: 600_000, tuning });
    console.log(JSON.stringify(tuning), work, r.coverage, r.figures.breaks ?? '', (performance.now() - t).toFixed(0), 'ms');
  }
}
