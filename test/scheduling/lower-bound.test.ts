import { beforeAll, describe, expect, it } from 'vitest';
import { compileProblem } from '../../shared/scheduling/compile';
import { ExactSearch } from '../../shared/scheduling/exact/exact-phase';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import { groupsThatNeedABreak } from '../../shared/scheduling/forced-breaks';
import { lowerBoundThenPolish, withoutSurplus } from '../../shared/scheduling/exact/lower-bound-phase';
import type { SchedulingProblem, SolveOptions } from '../../shared/scheduling/model';
import { SearchState } from '../../shared/scheduling/search-state';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';
import { slots } from './fixtures';

let satSolver: SatSolverFactory;

beforeAll(async () => {
  satSolver = await loadSatSolverFactory();
});

/**
 * P1-P4 meet each other (a round robin: compact in three slots). A meets B, free in slot 0 only, and C, free
 * in slot 5 only: A needs a break whatever the others do, and the optimum has exactly that one.
 */
const roundRobinAndA: SchedulingProblem = {
  slots: slots({ am: 6 }),
  tables: 3,
  participants: [
    { id: 'B', unavailable: [1, 2, 3, 4, 5] },
    { id: 'C', unavailable: [0, 1, 2, 3, 4] },
  ],
  meetings: [
    ['P1', 'P2'], ['P3', 'P4'], ['P1', 'P3'], ['P2', 'P4'], ['P1', 'P4'], ['P2', 'P3'], ['A', 'B'], ['A', 'C'],
  ].map(([a, b]) => ({ id: `${a}-${b}`, a: a!, b: b! })),
};

const indexOf = (problem: SchedulingProblem, id: string): number => compileProblem(problem).participantIds.indexOf(id);

describe('forced breaks (a lower bound on the breaks)', () => {
  it('finds the participant whose partners leave no run of slots for all their meetings', () => {
    const cp = compileProblem(roundRobinAndA);
    expect(groupsThatNeedABreak(cp)).toEqual([indexOf(roundRobinAndA, 'A') * cp.G]);
  });

  it('finds none when a run exists (C also free in slot 1)', () => {
    const relaxed: SchedulingProblem = {
      ...roundRobinAndA,
      participants: [{ id: 'B', unavailable: [1, 2, 3, 4, 5] }, { id: 'C', unavailable: [0, 2, 3, 4] }],
    };
    expect(groupsThatNeedABreak(compileProblem(relaxed))).toEqual([]);
  });

  it("counts nobody whose meetings may fall on another day (the break is not forced in either)", () => {
    const twoDays: SchedulingProblem = {
      ...roundRobinAndA,
      slots: [...slots({ am: 6 }), ...slots({ d2: 2 }, 'd2')],
      participants: [{ id: 'B', unavailable: [1, 2, 3, 4, 5, 7] }, { id: 'C', unavailable: [0, 1, 2, 3, 4, 6] }],
    };
    expect(groupsThatNeedABreak(compileProblem(twoDays))).toEqual([]);
  });
});

describe('the lower-bound question to the SAT solver', () => {
  it('reaches the bound from a start with many breaks and proves it optimal', () => {
    const cp = compileProblem(roundRobinAndA);
    // Rounds in slots 0, 2 and 4: two breaks for each of P1-P4, one for A.
    const start = Int32Array.from([0, 0, 2, 2, 4, 4, 0, 5]);
    const state = new SearchState(cp);
    state.load(start);
    expect(state.breaks).toBe(9);
    const search = new ExactSearch(cp, satSolver, start, { defaultPhase: false });
    try {
      const answer = search.reachBound(1, groupsThatNeedABreak(cp), Number.POSITIVE_INFINITY);
      expect(answer).toMatchObject({ breaks: 1, provedOptimal: true });
      state.load(answer!.schedule);
      expect([state.breaks, state.unplaced.size]).toEqual([1, 0]);
    } finally {
      search.dispose();
    }
  });

  it('runs in solveSchedule for problems above the exact phase size limit', () => {
    const options = { seed: 1, timeLimitMs: 60_000, maxIterations: 0, satSolver } satisfies SolveOptions;
    const withQuestion = solveSchedule(roundRobinAndA, { ...options, tuning: { exactMaxPlacements: 0 } });
    expect(validateSchedule(roundRobinAndA, withQuestion, { requireAllPlaced: true })).toEqual([]);
    expect(withQuestion.figures.breaks).toBe(1);
    expect(withQuestion.stats.exact).toMatchObject({ breaksAfter: 1, provedOptimal: true });
    expect(withQuestion.stats.exact!.breaksBefore).toBeGreaterThan(1);
    const tooLarge = solveSchedule(roundRobinAndA, { ...options, tuning: { exactMaxPlacements: 0, questionMaxPlacements: 0 } });
    expect(tooLarge.stats.exact).toBeUndefined();
    expect(tooLarge.figures.breaks).toBeGreaterThan(1);
  });

  it('is not asked with a budget too small for it to answer (the annealing gets the budget)', () => {
    const question = { exactMaxPlacements: 0 };
    const byTime = { seed: 1, timeLimitMs: 60_000, maxIterations: 0, satSolver } satisfies SolveOptions;
    expect(solveSchedule(roundRobinAndA, { ...byTime, tuning: { ...question, questionMinMs: 60_000 } }).stats.exact).toBeDefined();
    expect(solveSchedule(roundRobinAndA, { ...byTime, tuning: { ...question, questionMinMs: 60_001 } }).stats.exact).toBeUndefined();
    const byWork = { seed: 1, work: 200_000, maxIterations: 0, satSolver } satisfies SolveOptions;
    expect(solveSchedule(roundRobinAndA, { ...byWork, tuning: question }).stats.exact).toBeUndefined(); // below 3.5 M units
    const asked = solveSchedule(roundRobinAndA, { ...byWork, tuning: { ...question, questionMinWork: 200_000 } });
    expect(asked.stats.exact).toMatchObject({ breaksAfter: 1, provedOptimal: true });
  });

  it('is not asked when the lower bound is 0 (the window search looks for the same schedule)', () => {
    const relaxed: SchedulingProblem = {
      ...roundRobinAndA,
      participants: [{ id: 'B', unavailable: [1, 2, 3, 4, 5] }, { id: 'C', unavailable: [0, 2, 3, 4] }],
    };
    const options = { seed: 1, timeLimitMs: 60_000, maxIterations: 0, satSolver, tuning: { exactMaxPlacements: 0 } } satisfies SolveOptions;
    expect(groupsThatNeedABreak(compileProblem(relaxed))).toEqual([]);
    expect(solveSchedule(relaxed, options).stats.exact).toBeUndefined();
  });

  it('asks a formula that does not depend on the start (its cost is a property of the day)', () => {
    const cp = compileProblem(roundRobinAndA);
    const shape = { countBreaksUpTo: 2, maxBreaksPerParticipant: 2 };
    const sizeFrom = (start: number[]): number => {
      const search = new ExactSearch(cp, satSolver, Int32Array.from(start), { defaultPhase: false }, undefined, 'sequential', shape);
      search.dispose();
      return search.variables;
    };
    const breakyStart = [0, 0, 2, 2, 4, 4, 0, 5];
    const compactStart = [0, 0, 1, 1, 2, 2, 0, 5];
    expect(sizeFrom(breakyStart)).toBe(sizeFrom(compactStart));
  });
});

describe('a question without an answer in time', () => {
  /** With 2 tables, a round (two meetings) next to A's meeting with B in slot 0 overfills it. */
  const twoTables: SchedulingProblem = { ...roundRobinAndA, tables: 2 };

  it('unplaces the meetings beyond a slot\'s tables, keeping those without another legal slot', () => {
    const cp = compileProblem(twoTables);
    const ids = cp.meetingIds;
    // P1-P2, P3-P4, A-B (B is free in slot 0 only) and P1-P4 in slot 0: two too many.
    const schedule = Int32Array.from([0, 0, 2, 2, 0, 4, 0, 5]);
    const fixed = withoutSurplus(cp, schedule);
    expect(ids.filter((_, m) => fixed[m] === -1)).toEqual(['P3-P4', 'P1-P4']);
    expect(fixed[ids.indexOf('A-B')]).toBe(0);
    expect(withoutSurplus(cp, fixed)).toEqual(fixed);
  });

  it('repairs the last model that only overfilled slots instead of keeping the annealing\'s start', () => {
    // The solver's first model comes back (its slots overfilled); every later call runs out of budget.
    let calls = 0;
    const firstModelOnly: SatSolverFactory = (options) => {
      const solver = satSolver(options);
      return { ...solver, solve: (assumptions, conflicts) => (++calls === 1 ? solver.solve(assumptions, conflicts) : 'unknown') };
    };
    const cp = compileProblem(twoTables);
    const start = Int32Array.from([1, 1, 3, 3, 5, 4, 0, 5]);
    const search = new ExactSearch(cp, firstModelOnly, start, { defaultPhase: false });
    try {
      expect(search.reachBound(1, groupsThatNeedABreak(cp), Number.POSITIVE_INFINITY)).toBeNull();
      expect(search.lastOverfilled).toBeDefined();
    } finally {
      search.dispose();
    }
    // From the repaired model a polish of 60 iterations reaches the bound; from the annealing's start (7 breaks), 3.
    const first = { best: start, iterations: 0, stoppedBy: 'iterations', bestFoundAtIteration: 0, restarts: 0 } as const;
    const params = { seed: 1, deadline: Number.POSITIVE_INFINITY, maxIterations: 60, targetBreaks: 1, idleWeight: 0.05, wishWeight: 1.5 };
    const polish = (tuning: Record<string, number>) => {
      calls = 0;
      const outcome = lowerBoundThenPolish(cp, first, firstModelOnly, { ...params, tuning }, Number.POSITIVE_INFINITY);
      const state = new SearchState(cp);
      state.load(outcome.best);
      return { unplaced: state.unplaced.size, breaks: state.breaks, exact: outcome.exact };
    };
    const repaired = polish({});
    expect(repaired).toMatchObject({ unplaced: 0, breaks: 1, exact: { provedOptimal: false, solverCalls: 2 } });
    expect(polish({ questionRepair: 0 }).breaks).toBeGreaterThan(1);
  });
});
