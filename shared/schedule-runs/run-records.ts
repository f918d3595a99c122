/**
 * A schedule run: one "Schedule all" of an event (issue 7), stored in the MeetingRequests table.
 *
 *   ready (a preview: placements planned, nothing booked) → publishing (the publisher books them, one
 *   transaction per meeting) → published (every placement placed or in conflict; agenda emails recorded)
 *
 * docs/scheduling-runs.md describes the flow; docs/data-model.md the keys.
 */
import type { CoverageFigures, OverbookedFacts, ScheduleFigures, SlotsTakenFacts, SolveStats } from '../scheduling/model';

export type RunStatus = 'ready' | 'publishing' | 'published';

export interface WishCounts {
  expressed: number;
  honoured: number;
}

export interface RunProgress {
  /** Planned placements at preview time. */
  total: number;
  placed: number;
  conflicts: number;
  /** Participants whose agenda email is recorded. */
  notified: number;
  updatedAt: string;
}

export interface ScheduleRunRecord {
  pk: string;
  sk: 'RUN';
  entityType: 'schedule-run';
  runId: string;
  eventId: string;
  status: RunStatus;
  seed: number;
  timeLimitMs: number;
  /** The work budget asked for (absent: a time budget alone). */
  work?: number;
  /** Accepted meetings the run tried to place, and confirmed ones it kept where they are. */
  accepted: number;
  kept: number;
  figures: ScheduleFigures;
  /** How many of the solver's meetings could be placed at most, and whether this run's count is proven the most (absent on runs stored before it was kept). */
  coverage?: CoverageFigures;
  /** Wishes per participant who had any (registration id -> counts), for their agenda email. */
  wishesByParticipant?: Record<string, WishCounts>;
  solver: Pick<SolveStats, 'iterations' | 'elapsedMs' | 'stoppedBy' | 'work'> & { provedOptimal?: boolean };
  createdAt: string;
  updatedAt: string;
  /** Raised by every publish request: each raise is a new stream record, so a stalled publish resumes. */
  publishAttempt: number;
  publishRequestedAt?: string;
  publishedAt?: string;
  progress?: RunProgress;
  gsi1pk: string;
  gsi1sk: string;
}

/**
 * planned (in the preview) → placed (booked by the publisher) | conflict (a change made meanwhile
 * took the slot, the people or the meeting); unplaced: the solver found no place for it.
 */
export type PlacementStatus = 'planned' | 'placed' | 'conflict' | 'unplaced';

export interface PlacementRecord {
  pk: string;
  sk: string;
  entityType: 'schedule-placement';
  runId: string;
  meetingRequestId: string;
  fromRegistrationId: string;
  toRegistrationId: string;
  status: PlacementStatus;
  slotId?: string;
  table?: number;
  /** Why it is unplaced or in conflict: a stable code and a sentence. */
  reason?: string;
  detail?: string;
  /** With reason 'participant-overbooked': the figures the console words in the organiser's language. */
  overbooked?: OverbookedFacts;
  /** With reason 'no-free-slot': what takes the slots both could use. */
  slotsTaken?: SlotsTakenFacts;
  /** With reason 'no-common-slot': the side unavailable in every meeting slot, if one is. */
  unavailableEverywhere?: string;
  updatedAt: string;
}
