/**
 * Public types of the B2B meeting scheduling module.
 *
 * A problem is a list of time slots in chronological order (grouped into sessions and days), the number of
 * tables per slot, the participants' unavailable slots and the meetings to place. The solver returns a slot
 * and a table for every meeting it could place, and a reason for every meeting it could not.
 *
 * Everything is plain data (JSON-serialisable) so that a Lambda can receive and return it unchanged.
 */
import type { LpSolver } from './exact/lp-solver';
import type { SatSolverFactory } from './exact/sat-solver';

/** One time slot. Slots are given in chronological order; the array position is the slot index. */
export interface SlotDefinition {
  /** Optional label (e.g. "2025-05-14T09:00"); only used in messages. */
  readonly id?: string;
  /**
   * The session the slot belongs to (e.g. "day1-am"). The slots of one session must be consecutive in the
   * array and adjacent in time: a gap between two meetings of a participant inside a session is a break.
   */
  readonly session: string;
  /** The day the slot belongs to (defaults to one single day). All slots of one session share the day. */
  readonly day?: string;
}

/**
 * A participant's soft preference (a wish): the slots that honour it. It applies to each of the participant's
 * meetings: every meeting placed in one of `slots` honours it once, every other one (placed elsewhere or not
 * at all) leaves it unhonoured once. So "not before 10:00" with 6 meetings is 6 wishes.
 */
export interface ParticipantWish {
  /** What was asked, for reports (e.g. 'preferredDay', 'earliest', 'latest', 'keepFree'). */
  readonly kind: string;
  /** Slot indices (0-based) that honour the wish (for 'keepFree': every slot outside the blocks). */
  readonly slots: readonly number[];
}

export interface ParticipantDefinition {
  readonly id: string;
  /** Slot indices (0-based) in which the participant cannot meet. */
  readonly unavailable?: readonly number[];
  /** Soft preferences, weighed against breaks (see SolveOptions.wishWeight). */
  readonly wishes?: readonly ParticipantWish[];
}

export interface FixedPlacement {
  /** Slot index (0-based) the meeting is locked to. */
  readonly slot: number;
  /** Table number (1-based) the meeting is locked to; any free table if omitted. */
  readonly table?: number;
}

export interface MeetingRequest {
  readonly id: string;
  /** Participant ids of the two sides. */
  readonly a: string;
  readonly b: string;
  /** The meeting must take place in this session (e.g. the morning/afternoon wish). */
  readonly sessionWish?: string;
  /** A locked meeting: it keeps this slot (and table, if given). */
  readonly fixed?: FixedPlacement;
  /**
   * A soft wish (one wish, whoever expressed it): the meeting should take one of these slot indices, e.g. the
   * requester's proposed slots when the invitee accepted without choosing one. Honoured when placed in one.
   */
  readonly wishedSlots?: readonly number[];
}

/**
 * Which meetings of a participant are compared when counting breaks:
 * - 'day' (default, the definition of the research model of Bofill et al.): all meetings of the same day,
 *   the last slot of a session being followed by the first slot of the next session of that day (the lunch
 *   between them is not a slot, so it is no idle time, but a morning meeting at 9:00 and an afternoon
 *   meeting at 16:00 leave the idle slots in between);
 * - 'session': only meetings of the same session (the morning and the afternoon are judged separately).
 * In both, slots with 0 tables (programme blocks) are skipped like the lunch: they never count as idle.
 * Slots where only the participant is unavailable do count as idle.
 */
export type GapScope = 'session' | 'day';

export interface SchedulingProblem {
  readonly slots: readonly SlotDefinition[];
  /** Tables available in each slot: one number for every slot or one number per slot. 0 = programme block. */
  readonly tables: number | readonly number[];
  /**
   * Participants with their unavailability. Participants that only appear in meetings need not be listed
   * (they are available in every slot).
   */
  readonly participants?: readonly ParticipantDefinition[];
  readonly meetings: readonly MeetingRequest[];
  /** See {@link GapScope}; default 'day'. */
  readonly gapScope?: GapScope;
}

export interface Assignment {
  readonly meetingId: string;
  /** Slot index (0-based). */
  readonly slot: number;
  /** Table number, 1..tables of the slot. */
  readonly table: number;
}

export type UnplacedReasonCode =
  /** The two sides have no slot in common that respects their availability, the session wish and tables. */
  | 'no-common-slot'
  /** The locked slot is out of range, outside the wished session, has no table or a side is unavailable. */
  | 'fixed-slot-invalid'
  /** The locked slot (or table) clashes with another locked meeting. */
  | 'fixed-conflict'
  /** One side has more meetings than available slots: not all of them can take place. */
  | 'participant-overbooked'
  /** Every slot both sides could use is taken by one of their other meetings or has no free table. */
  | 'no-free-slot';

export interface UnplacedMeeting {
  readonly meetingId: string;
  readonly reason: UnplacedReasonCode;
  readonly detail: string;
  /** With 'participant-overbooked': who, their meetings that could take place, and the slots they could meet in. */
  readonly overbooked?: OverbookedFacts;
  /** With 'no-free-slot': what takes each slot both sides could use. */
  readonly slotsTaken?: SlotsTakenFacts;
}

/**
 * The slots both sides of a meeting could use, and what takes each (the first that applies: another meeting
 * of the first side, of the second, or every table).
 */
export interface SlotsTakenFacts {
  readonly slots: number;
  readonly byMeetingsOf: readonly { readonly participantId: string; readonly slots: number }[];
  readonly noFreeTable: number;
}

export interface OverbookedFacts {
  readonly participantId: string;
  readonly meetings: number;
  readonly slots: number;
}

export interface ParticipantFigures {
  readonly participantId: string;
  readonly meetings: number;
  readonly breaks: number;
  readonly idleSlots: number;
  /** Wishes on this participant's meetings: the meetings' wished slots and the participant's own preferences. */
  readonly wishesExpressed: number;
  readonly wishesHonoured: number;
}

/** Quality figures of a schedule. */
export interface ScheduleFigures {
  readonly requested: number;
  readonly placed: number;
  readonly unplaced: number;
  /** Sum over participants of the number of gaps (a run of idle slots between two meetings, within a gap scope). */
  readonly breaks: number;
  /** Sum over participants of the idle slots inside those gaps (stand-by time). */
  readonly idleSlots: number;
  /** Worst case over participants. */
  readonly maxBreaksPerParticipant: number;
  readonly maxIdleSlotsPerParticipant: number;
  readonly participantsWithBreaks: number;
  /**
   * Max minus min breaks over participants with at least one placed meeting; the fairness rule of the
   * research model (Bofill et al.) requires at most 2.
   */
  readonly breaksSpread: number;
  readonly fair: boolean;
  /** Soft wishes (MeetingRequest.wishedSlots, one each; ParticipantWish, one per meeting of the participant). */
  readonly wishesExpressed: number;
  readonly wishesHonoured: number;
}

export interface SolveOptions {
  /** PRNG seed; the result is a deterministic function of (problem, options) except where the time budget cuts it. */
  readonly seed?: number;
  /**
   * Wall-clock budget in milliseconds (default 5000). With `work`, a guard only (default 120,000): the run
   * stops at the work budget unless the clock runs out first (stats.stoppedBy 'time').
   */
  readonly timeLimitMs?: number;
  /**
   * A budget of work instead of time (shared/scheduling/work-meter.ts: one unit = one annealing iteration; a
   * SAT solver step counts SOLVER_STEP_WORK): the same seed and work give the same schedule on any machine
   * and under any load. The phases split the work in the shares they split the time in.
   */
  readonly work?: number;
  /** Iteration budget (local-search moves); with it, and an ample time limit, runs are fully reproducible. */
  readonly maxIterations?: number;
  /** Stop as soon as all meetings are placed with this many breaks or fewer (default 0 = a perfect schedule). */
  readonly targetBreaks?: number;
  /** Weight of one idle slot relative to one break inside the search (default 0.05). */
  readonly idleWeight?: number;
  /**
   * Weight of one unhonoured wish relative to one break (default 1.5: one wish outweighs one break, two breaks
   * outweigh one wish). Never traded against a placed meeting: coverage comes first.
   */
  readonly wishWeight?: number;
  /** Expert knobs of the local search (for benchmarking): see the `tune(...)` keys in local-search.ts. */
  readonly tuning?: Readonly<Record<string, number>>;
  /**
   * A SAT solver for the exact phase (exact/exact-phase.ts), e.g. from
   * shared/scheduling-runtime/cadical-solver.ts. Without it the local search runs alone.
   */
  readonly satSolver?: SatSolverFactory;
  /**
   * An LP solver for the coverage relaxation bound (relaxation-bound.ts), e.g. from
   * shared/scheduling-runtime/highs-lp-solver.ts. Without it the coverage bound is the combinatorial one.
   */
  readonly lpSolver?: LpSolver;
}

export interface SolveStats {
  readonly seed: number;
  readonly iterations: number;
  readonly elapsedMs: number;
  readonly stoppedBy: 'time' | 'iterations' | 'target';
  /** Iteration at which the returned schedule was found. */
  readonly bestFoundAtIteration: number;
  /** Number of annealing reheats (temperature cycles completed). */
  readonly restarts: number;
  /** Work spent (with a work budget, or a time budget turned into work: time-to-work.ts). */
  readonly work?: number;
  /** With a time budget and a SAT solver: the work the time was estimated to buy at the CPU share measured (time-to-work.ts). */
  readonly workBudget?: number;
  /** What the exact phase did, if it ran. */
  readonly exact?: ExactPhaseStats;
}

export interface ExactPhaseStats {
  readonly breaksBefore: number;
  readonly breaksAfter: number;
  /**
   * No schedule with fewer breaks exists among those where no participant has more than 2 breaks (or more
   * than the local search gave them): the SAT solver proved it. After the lower-bound question (larger
   * problems): the schedule has as many breaks as participants who cannot be compact (forced-breaks.ts).
   */
  readonly provedOptimal: boolean;
  readonly solverCalls: number;
  readonly variables: number;
  readonly elapsedMs: number;
}

/** How many meetings can be placed at all, and whether the schedule's count is proven to be the most. */
export interface CoverageFigures {
  readonly placed: number;
  /**
   * The most meetings any schedule can place, as far as known: `placed` when proven, else an upper bound
   * (coverage-bound.ts).
   */
  readonly provablyPlaceable: number;
  /** No schedule places more: by the coverage upper bound or by the SAT solver's refutation. */
  readonly provedMaximal: boolean;
  readonly provedBy?: 'bound' | 'solver';
}

export interface ScheduleResult {
  readonly assignments: readonly Assignment[];
  readonly unplaced: readonly UnplacedMeeting[];
  readonly coverage: CoverageFigures;
  readonly figures: ScheduleFigures;
  readonly perParticipant: readonly ParticipantFigures[];
  readonly stats: SolveStats;
}

/** What the validator needs of a schedule (a ScheduleResult is one). */
export interface ScheduleToValidate {
  readonly assignments: readonly Assignment[];
  readonly unplaced?: readonly UnplacedMeeting[];
  readonly figures?: Partial<ScheduleFigures>;
}
