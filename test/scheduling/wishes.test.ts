import { beforeAll, describe, expect, it } from 'vitest';
import { benchmarkToProblem, loadInstance } from '../../bench/scheduling/benchmark-instance';
import { harderVariant } from '../../bench/scheduling/harder-variants';
import { SchedulingInputError } from '../../shared/scheduling/compile';
import type { SatSolverFactory } from '../../shared/scheduling/exact/sat-solver';
import type { SchedulingProblem } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';
import { slots } from './fixtures';

const budget = { seed: 1, timeLimitMs: 10_000, maxIterations: 50_000 };
const slotOf = (result: ReturnType<typeof solveSchedule>, id: string) => result.assignments.find((a) => a.meetingId === id)?.slot;

let satSolver: SatSolverFactory;
beforeAll(async () => {
  satSolver = await loadSatSolverFactory();
});

describe('wishes as soft constraints', () => {
  it('places a meeting in its proposed slot when both sides are free there', () => {
    const problem: SchedulingProblem = {
      slots: slots({ am: 6, pm: 6 }),
      tables: 4,
      meetings: [
        { id: 'ab', a: 'A', b: 'B', wishedSlots: [8] },
        { id: 'cd', a: 'C', b: 'D' },
      ],
    };
    const result = solveSchedule(problem, budget);
    expect(slotOf(result, 'ab')).toBe(8);
    expect(result.figures).toMatchObject({ wishesExpressed: 1, wishesHonoured: 1, breaks: 0 });
    expect(result.perParticipant.find((p) => p.participantId === 'A')).toMatchObject({ wishesExpressed: 1, wishesHonoured: 1 });
    expect(result.perParticipant.find((p) => p.participantId === 'C')).toMatchObject({ wishesExpressed: 0, wishesHonoured: 0 });
    // The validator recomputes the wish figures on its own.
    expect(validateSchedule(problem, result)).toEqual([]);
    const misreported = { ...result, figures: { ...result.figures, wishesHonoured: 0 } };
    expect(validateSchedule(problem, misreported).map((v) => v.kind)).toEqual(['figures-mismatch']);
  });

  // A has a locked meeting in slot 0; the wish for slot 2 costs A one break (slot 1 would cost none).
  const oneBreak: SchedulingProblem = {
    slots: slots({ am: 4 }),
    tables: 4,
    meetings: [
      { id: 'ax', a: 'A', b: 'X', fixed: { slot: 0 } },
      { id: 'ab', a: 'A', b: 'B', wishedSlots: [2] },
    ],
  };

  it('honours a wish that costs one break (a wish weighs more than a break by default)', () => {
    const result = solveSchedule(oneBreak, budget);
    expect(slotOf(result, 'ab')).toBe(2);
    expect(result.figures).toMatchObject({ breaks: 1, wishesHonoured: 1 });
  });

  it('gives the wish up for one break when the wish weight is below one', () => {
    const result = solveSchedule(oneBreak, { ...budget, wishWeight: 0.5 });
    expect(slotOf(result, 'ab')).toBe(1);
    expect(result.figures).toMatchObject({ breaks: 0, wishesExpressed: 1, wishesHonoured: 0 });
  });

  it('gives a wish up when it would cost two breaks', () => {
    const problem: SchedulingProblem = {
      slots: slots({ am: 4 }),
      tables: 4,
      meetings: [
        { id: 'ax', a: 'A', b: 'X', fixed: { slot: 0 } },
        { id: 'by', a: 'B', b: 'Y', fixed: { slot: 0 } },
        { id: 'ab', a: 'A', b: 'B', wishedSlots: [2] },
      ],
    };
    const result = solveSchedule(problem, budget);
    expect(slotOf(result, 'ab')).toBe(1);
    expect(result.figures).toMatchObject({ breaks: 0, wishesHonoured: 0 });
  });

  it('never leaves a meeting unplaced for a wish (coverage first)', () => {
    // A has two meetings and two slots; C cannot meet in slot 1, so "ac" takes slot 0 and "ab" cannot have its wish.
    const problem: SchedulingProblem = {
      slots: slots({ am: 2 }),
      tables: 2,
      participants: [{ id: 'C', unavailable: [1] }],
      meetings: [
        { id: 'ab', a: 'A', b: 'B', wishedSlots: [0] },
        { id: 'ac', a: 'A', b: 'C' },
      ],
    };
    const result = solveSchedule(problem, { ...budget, wishWeight: 100, satSolver });
    expect(result.figures).toMatchObject({ placed: 2, wishesExpressed: 1, wishesHonoured: 0 });
  });

  it('honours participant preferences, counted once per meeting', () => {
    // A wants nothing before slot 4 ("earliest") and to keep slots 6-7 free.
    const problem: SchedulingProblem = {
      slots: slots({ am: 4, pm: 4 }),
      tables: 4,
      participants: [
        {
          id: 'A',
          wishes: [
            { kind: 'earliest', slots: [4, 5, 6, 7] },
            { kind: 'keepFree', slots: [0, 1, 2, 3, 4, 5] },
          ],
        },
      ],
      meetings: [
        { id: 'ab', a: 'A', b: 'B' },
        { id: 'ac', a: 'A', b: 'C' },
      ],
    };
    const result = solveSchedule(problem, budget);
    expect(new Set([slotOf(result, 'ab'), slotOf(result, 'ac')])).toEqual(new Set([4, 5]));
    expect(result.figures).toMatchObject({ wishesExpressed: 4, wishesHonoured: 4, breaks: 0 });
    expect(result.perParticipant.find((p) => p.participantId === 'B')).toMatchObject({ wishesExpressed: 0 });
  });

  it('rejects a wish for a slot that does not exist', () => {
    const problem: SchedulingProblem = { slots: slots({ am: 2 }), tables: 1, meetings: [{ id: 'ab', a: 'A', b: 'B', wishedSlots: [2] }] };
    expect(() => solveSchedule(problem, budget)).toThrow(SchedulingInputError);
  });

  it('gives the same schedule for a seed and a work budget with wishes', () => {
    const problem = benchmarkToProblem(loadInstance('tic-13'));
    const known = solveSchedule(problem, { seed: 1, work: 100_000 });
    const variant = harderVariant(problem, new Map(known.assignments.map((a) => [a.meetingId, a.slot])), { seed: 2 });
    const first = solveSchedule(variant, { seed: 4, work: 400_000, satSolver });
    const second = solveSchedule(variant, { seed: 4, work: 400_000, satSolver });
    expect(first.figures.wishesExpressed).toBeGreaterThan(0);
    expect(second.assignments).toEqual(first.assignments);
    expect(second.figures).toEqual(first.figures);
  });

  it('keeps the wishes honoured through the exact phase on a variant with planted wishes', () => {
    const problem = benchmarkToProblem(loadInstance('forum-13'));
    const known = solveSchedule(problem, { seed: 1, work: 200_000 });
    const variant = harderVariant(problem, new Map(known.assignments.map((a) => [a.meetingId, a.slot])), {
      seed: 5,
      overbookedParticipants: 0,
    });
    const withWishes = solveSchedule(variant, { seed: 1, work: 1_500_000, satSolver });
    expect(validateSchedule(variant, withWishes)).toEqual([]);
    expect(withWishes.figures.wishesExpressed).toBeGreaterThan(20);
    // The known schedule honours every planted wish that availability still allows; the solver nearly all.
    expect(withWishes.figures.wishesHonoured).toBeGreaterThanOrEqual(0.9 * withWishes.figures.wishesExpressed);
    expect(withWishes.coverage.provedMaximal).toBe(true);
    const ignoringWishes = solveSchedule(variant, { seed: 1, work: 1_500_000, satSolver, wishWeight: 0 });
    expect(ignoringWishes.figures.wishesHonoured).toBeLessThan(withWishes.figures.wishesHonoured);
    expect(withWishes.figures.placed).toBe(ignoringWishes.figures.placed);
  });
});
