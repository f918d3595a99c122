/**
 * Malformed variants of a problem (or of its options), each of which solveSchedule must reject with a
 * SchedulingInputError (docs/scheduling.md, "Model": malformed input throws, it is not scheduled). Used by the differential fuzz.
 */
import type { SchedulingProblem, SolveOptions } from '../../shared/scheduling/model';

export interface MalformedCase {
  readonly name: string;
  readonly problem: SchedulingProblem;
  /** Malformed options instead (the problem is then well formed); else a small work budget. */
  readonly options?: SolveOptions;
}

export function malformedVariants(problem: SchedulingProblem): MalformedCase[] {
  const S = problem.slots.length;
  const m0 = problem.meetings[0]!;
  const withMeetings = (meetings: SchedulingProblem['meetings']): SchedulingProblem => ({ ...problem, meetings });
  const someone = problem.participants?.[0]?.id ?? m0.a;
  const withParticipant = (extra: Record<string, unknown>): SchedulingProblem => ({
    ...problem,
    participants: [...(problem.participants ?? []).filter((p) => p.id !== someone), { id: someone, ...extra }],
  });
  const cases: MalformedCase[] = [
    { name: 'self-meeting', problem: withMeetings([...problem.meetings, { id: 'self', a: m0.a, b: m0.a }]) },
    { name: 'duplicate-meeting-id', problem: withMeetings([...problem.meetings, { ...m0, a: m0.b, b: m0.a }]) },
    { name: 'duplicate-participant', problem: { ...problem, participants: [...(problem.participants ?? []), { id: someone }, { id: someone }] } },
    { name: 'no-slots', problem: { ...problem, slots: [], tables: 1 } },
    { name: 'tables-length', problem: { ...problem, tables: new Array<number>(S + 1).fill(1) } },
    { name: 'tables-negative', problem: { ...problem, tables: -1 } },
    { name: 'tables-fraction', problem: { ...problem, tables: 1.5 } },
    { name: 'tables-nan', problem: { ...problem, tables: Number.NaN } },
    { name: 'tables-infinite', problem: { ...problem, tables: Number.POSITIVE_INFINITY } },
    { name: 'unavailable-out-of-range', problem: withParticipant({ unavailable: [S] }) },
    { name: 'unavailable-negative', problem: withParticipant({ unavailable: [-1] }) },
    { name: 'unavailable-fraction', problem: withParticipant({ unavailable: [0.5] }) },
    { name: 'preference-out-of-range', problem: withParticipant({ wishes: [{ kind: 'earliest', slots: [S] }] }) },
    { name: 'preference-fraction', problem: withParticipant({ wishes: [{ kind: 'earliest', slots: [0.5] }] }) },
    { name: 'wished-slot-out-of-range', problem: withMeetings([{ ...m0, wishedSlots: [S + 3] }, ...problem.meetings.slice(1)]) },
    { name: 'wished-slot-negative', problem: withMeetings([{ ...m0, wishedSlots: [-1] }, ...problem.meetings.slice(1)]) },
    {
      // The first slot's session again after another one (same day: only the session is out of order).
      name: 'session-not-consecutive',
      problem: {
        ...problem,
        slots: [{ session: 'x-first', day: 'x-day' }, { session: 'x-second', day: 'x-day' }, { session: 'x-first', day: 'x-day' }],
        tables: 1,
        participants: [],
        meetings: [{ id: 'm', a: 'p', b: 'q' }],
      },
    },
    { name: 'session-spans-days', problem: { ...problem, slots: [...problem.slots, { session: problem.slots[S - 1]!.session, day: 'another-day' }], tables: 1 } },
    {
      name: 'day-not-consecutive',
      problem: { ...problem, slots: [{ session: 'first', day: 'dx' }, { session: 'second', day: 'dy' }, { session: 'third', day: 'dx' }], tables: 1, participants: [], meetings: [{ id: 'm', a: 'p', b: 'q' }] },
    },
    { name: 'time-limit-nan', problem, options: { timeLimitMs: Number.NaN } },
    { name: 'work-nan', problem, options: { work: Number.NaN } },
    { name: 'iterations-nan', problem, options: { maxIterations: Number.NaN } },
    { name: 'wish-weight-nan', problem, options: { work: 1000, wishWeight: Number.NaN } },
    { name: 'endless-time-limit', problem, options: { timeLimitMs: Number.POSITIVE_INFINITY } },
  ];
  return cases;
}
