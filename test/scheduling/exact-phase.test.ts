import { beforeAll, describe, expect, it } from 'vitest';
import { compileProblem } from '../../shared/scheduling/compile';
import { DayModel } from '../../shared/scheduling/exact/day-model';
import { ExactSearch, traceImprovements } from '../../shared/scheduling/exact/exact-phase';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import type { SchedulingProblem, SolveOptions } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';
import { randomEvent, slots } from './fixtures';

/** The exact phase with the real SAT solver (CaDiCaL compiled to WebAssembly), through solveSchedule. */
let satSolver: SatSolverFactory;

beforeAll(async () => {
  satSolver = await loadSatSolverFactory();
});

/** Reproducible: a short annealing (few iterations), then the solver bounded by conflicts. */
const reproducible = { seed: 1, timeLimitMs: 60_000, maxIterations: 3_000 } satisfies SolveOptions;

const busyDay: SchedulingProblem = {
  slots: slots({ am: 6, pm: 6 }),
  tables: 6,
  participants: [{ id: 'p1', unavailable: [3, 4] }],
  meetings: randomEvent(20, 50, 3),
};

/** A has meetings with B (free in slot 0 only) and C (free in slot 3 only): A must have a break. */
const forcedBreak: SchedulingProblem = {
  slots: slots({ am: 4 }),
  tables: 2,
  participants: [
    { id: 'B', unavailable: [1, 2, 3] },
    { id: 'C', unavailable: [0, 1, 2] },
  ],
  meetings: [
    { id: 'ab', a: 'A', b: 'B' },
    { id: 'ac', a: 'A', b: 'C' },
  ],
};

describe('exact phase (SAT)', () => {
  it('removes breaks the short annealing leaves, proves the result optimal, and passes the validator', () => {
    const annealingOnly = solveSchedule(busyDay, reproducible);
    const withExact = solveSchedule(busyDay, { ...reproducible, satSolver });
    expect(validateSchedule(busyDay, withExact, { requireAllPlaced: true })).toEqual([]);
    expect(annealingOnly.stats.exact).toBeUndefined();
    expect(withExact.stats.exact).toMatchObject({ breaksBefore: annealingOnly.figures.breaks, provedOptimal: true });
    expect(withExact.figures.breaks).toBeLessThan(annealingOnly.figures.breaks);
    // A much longer annealing cannot beat a proved optimum.
    const longer = solveSchedule(busyDay, { ...reproducible, maxIterations: 1_000_000 });
    expect(longer.figures.breaks).toBeGreaterThanOrEqual(withExact.figures.breaks);
  });

  it('reports every improvement to a probe, fewer breaks each time, the last one the schedule returned', () => {
    const reached: number[] = [];
    traceImprovements((breaks) => reached.push(breaks));
    try {
      const result = solveSchedule(busyDay, { ...reproducible, satSolver });
      expect(reached.length).toBeGreaterThan(0);
      expect(reached[0]).toBeLessThan(result.stats.exact!.breaksBefore);
      for (let i = 1; i < reached.length; i++) expect(reached[i]).toBeLessThan(reached[i - 1]!);
      expect(reached.at(-1)).toBe(result.stats.exact!.breaksAfter);
    } finally {
      traceImprovements(undefined);
    }
  });

  it('proves a break that availability forces', () => {
    const problem: SchedulingProblem = { ...forcedBreak, meetings: [...forcedBreak.meetings, { id: 'de', a: 'D', b: 'E' }] };
    const result = solveSchedule(problem, { ...reproducible, targetBreaks: 0, satSolver });
    expect(validateSchedule(problem, result, { requireAllPlaced: true })).toEqual([]);
    expect(result.figures.breaks).toBe(1);
    expect(result.stats.exact?.provedOptimal).toBe(true);
  });

  it('takes a refuted bound as a proof for every bound below it (bound lowered one break at a time)', () => {
    // A and D each meet one partner free only in slot 0 and one free only in slot 3: two forced breaks.
    const problem: SchedulingProblem = {
      slots: slots({ am: 4 }),
      tables: 2,
      participants: ['B', 'E'].map((id) => ({ id, unavailable: [1, 2, 3] })).concat(['C', 'F'].map((id) => ({ id, unavailable: [0, 1, 2] }))),
      meetings: [
        { id: 'ab', a: 'A', b: 'B' },
        { id: 'ac', a: 'A', b: 'C' },
        { id: 'de', a: 'D', b: 'E' },
        { id: 'df', a: 'D', b: 'F' },
      ],
    };
    const result = solveSchedule(problem, { ...reproducible, targetBreaks: 0, satSolver, tuning: { exactDescendingAbove: 0 } });
    expect(result.figures.breaks).toBe(2);
    expect(result.stats.exact?.provedOptimal).toBe(true);
  });

  it('keeps table limits (added lazily), locks, session wishes and availability over two days', () => {
    const problem: SchedulingProblem = {
      slots: [...slots({ d1am: 4, d1pm: 4 }, 'd1'), ...slots({ d2am: 4 }, 'd2')],
      tables: [2, 2, 2, 2, 2, 2, 0, 2, 3, 3, 3, 3],
      participants: [
        { id: 'p0', unavailable: [0, 1, 8] },
        { id: 'p2', unavailable: [11] },
      ],
      meetings: randomEvent(12, 26, 11).map((meeting, i) =>
        i === 0 ? { ...meeting, fixed: { slot: 5, table: 2 } } : i % 7 === 3 ? { ...meeting, sessionWish: 'd1pm' } : meeting,
      ),
    };
    const result = solveSchedule(problem, { ...reproducible, satSolver });
    expect(result.stats.exact).toBeDefined();
    expect(validateSchedule(problem, result, { requireAllPlaced: true })).toEqual([]);
  });

  it('stops at the target without calling it optimal, and takes a negative target (search to the end)', () => {
    const atTarget = solveSchedule(busyDay, { ...reproducible, targetBreaks: 3, satSolver });
    expect(atTarget.figures.breaks).toBeLessThanOrEqual(3);
    expect(atTarget.stats.exact?.provedOptimal).toBe(false);
    const toTheEnd = solveSchedule(busyDay, { ...reproducible, targetBreaks: -1, satSolver });
    expect(validateSchedule(busyDay, toTheEnd, { requireAllPlaced: true })).toEqual([]);
    expect(toTheEnd.stats.exact).toMatchObject({ breaksAfter: 0, provedOptimal: true });
  });

  it('is reproducible with an iteration budget', () => {
    const first = solveSchedule(busyDay, { ...reproducible, seed: 7, satSolver });
    const second = solveSchedule(busyDay, { ...reproducible, seed: 7, satSolver });
    expect(second.assignments).toEqual(first.assignments);
    expect(second.stats.exact).toEqual({ ...first.stats.exact, elapsedMs: second.stats.exact!.elapsedMs });
  });

  it('leaves problems above both size limits (exact phase, lower-bound question) to the annealing alone', () => {
    const result = solveSchedule(busyDay, { ...reproducible, satSolver, tuning: { exactMaxPlacements: 100, questionMaxPlacements: 100 } });
    expect(result.stats.exact).toBeUndefined();
    expect(validateSchedule(busyDay, result, { requireAllPlaced: true })).toEqual([]);
  });
});

describe('exact phase: passes restricted to the participants who already have a break', () => {
  // Found by enumerating all 240 schedules: the optimum has 1 break, this start 2, and every schedule whose
  // breaks fall only on the start's breaky participants still has 2.
  const problem: SchedulingProblem = { slots: slots({ am: 4 }), tables: 2, meetings: randomEvent(7, 8, 1) };
  const start = Int32Array.from([0, 0, 2, 3, 1, 2, 1, 3]);
  const improve = (restrictedPasses: number, descending = false) => {
    const search = new ExactSearch(compileProblem(problem), satSolver, start);
    try {
      const limits = { deadline: Number.POSITIVE_INFINITY, firstConflicts: 1000, maxConflicts: 8000, targetBreaks: 0 };
      return search.improve(start, { ...limits, restrictedPasses, descending });
    } finally {
      search.dispose();
    }
  };

  it('frees the participants a restricted refutation needed, then finds and proves the optimum', () => {
    expect(improve(Number.POSITIVE_INFINITY)).toMatchObject({ breaks: 1, provedOptimal: true });
    expect(improve(1)).toMatchObject({ breaks: 1, provedOptimal: true });
    expect(improve(0)).toMatchObject({ breaks: 1, provedOptimal: true });
  });

  it('also when it lowers the bound one break at a time (large problems)', () => {
    expect(improve(1, true)).toMatchObject({ breaks: 1, provedOptimal: true });
  });
});

describe('exact phase: fairness', () => {
  it('keeps every participant within their cap of breaks', () => {
    const cp = compileProblem(forcedBreak);
    const statusWithCap = (cap: number) => {
      const solver = satSolver();
      try {
        new DayModel(cp, solver, 2, () => cap);
        return solver.solve([]);
      } finally {
        solver.dispose();
      }
    };
    expect(statusWithCap(0)).toBe('unsatisfiable');
    expect(statusWithCap(1)).toBe('satisfiable');
  });
});

