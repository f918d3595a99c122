import { describe, expect, it } from 'vitest';
import { benchmarkToProblem, loadInstance as load } from '../../bench/scheduling/benchmark-instance';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';


describe('B2B benchmark instances (Bofill et al.)', () => {
  it('converts the JSON format', () => {
    const instance = load('forum-13');
    const problem = benchmarkToProblem(instance);
    expect(problem.slots).toHaveLength(instance.slots);
    expect(problem.slots.filter((s) => s.session === 'am')).toHaveLength(instance.morningSlots);
    expect(problem.meetings).toHaveLength(instance.meetings.length);
    const [participant, forbidden] = Object.entries(instance.forbiddenSlots)[0]!;
    expect(problem.participants!.find((p) => p.id === participant)!.unavailable).toEqual(forbidden.map((s) => s - 1));
    const wishes = instance.meetings.map((m) => (m.session === 'any' ? undefined : m.session));
    expect(problem.meetings.map((m) => m.sessionWish)).toEqual(wishes);
  });

  // Short, iteration-bounded runs (the benchmark runs 5 s per instance).
  it.each([
    ['tic-12', 300_000, 0],
    ['forum-13', 600_000, 2],
    ['tic-13crafc', 600_000, 6],
  ] as const)('%s: places every meeting validly', (name, maxIterations, maxBreaks) => {
    const instance = load(name);
    const problem = benchmarkToProblem(instance);
    const result = solveSchedule(problem, { seed: 1, timeLimitMs: 8000, maxIterations });
    expect(validateSchedule(problem, result, { requireAllPlaced: true })).toEqual([]);
    expect(result.figures.placed).toBe(instance.meetings.length);
    expect(result.figures.breaks).toBeGreaterThanOrEqual(instance.bestKnown!.breaks);
    expect(result.figures.breaks).toBeLessThanOrEqual(maxBreaks);
  });
});
