import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import type { MeetingRecord } from '../meetings/meeting-record';
import type { ScheduleResult, SolveOptions } from '../scheduling/model';
import { solveSchedule } from '../scheduling/solver';
import { validateSchedule } from '../scheduling/validator';
import { loadSatSolverFactory } from '../scheduling-runtime/cadical-solver';
import { loadLpSolver } from '../scheduling-runtime/highs-lp-solver';
import { batchPutAll } from '../storage/batch-put';
import { dynamo } from '../storage/dynamo-client';
import { eventRunsPartition, runPlacementKey, scheduleRunKey } from '../storage/keys';
import type { PlacementRecord, ScheduleRunRecord, WishCounts } from './run-records';
import { runView, type RunView } from './run-view';
import { sideUnavailableEverywhere } from './unavailable-everywhere';
import { loadSchedulingInput, type SchedulingInput } from './scheduling-input';

export interface ScheduleOptions {
  seed: number;
  timeLimitMs: number;
  /** A work budget: the same seed, data and work give the same schedule (timeLimitMs is then a guard). */
  work?: number;
}

/** The preview's default search time; with a work budget the guard is the API's longest time instead. */
const defaultTimeLimitMs = 5_000;
const workGuardMs = 20_000;

/** The options as asked: an omitted time limit is 5 s, or with a work budget the 20 s guard (so the work decides). */
export function scheduleOptions(asked: { seed: number; timeLimitMs?: number; work?: number }): ScheduleOptions {
  const timeLimitMs = asked.timeLimitMs ?? (asked.work === undefined ? defaultTimeLimitMs : workGuardMs);
  return { seed: asked.seed, timeLimitMs, ...(asked.work === undefined ? {} : { work: asked.work }) };
}

function placementOf(runId: string, meeting: MeetingRecord, now: string, where: Pick<PlacementRecord, 'status' | 'slotId' | 'table' | 'reason' | 'detail' | 'overbooked' | 'slotsTaken' | 'unavailableEverywhere'>): PlacementRecord {
  return {
    ...runPlacementKey(runId, meeting.meetingRequestId),
    entityType: 'schedule-placement',
    runId,
    meetingRequestId: meeting.meetingRequestId,
    fromRegistrationId: meeting.fromRegistrationId,
    toRegistrationId: meeting.toRegistrationId,
    ...Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined)),
    status: where.status,
    updatedAt: now,
  };
}

/** One placement per accepted meeting: planned where the solver put it, else unplaced with its reason. */
function placementsOf(runId: string, input: SchedulingInput, result: ScheduleResult, now: string): PlacementRecord[] {
  const assigned = new Map(result.assignments.map((assignment) => [assignment.meetingId, assignment]));
  const unplaced = new Map(result.unplaced.map((entry) => [entry.meetingId, entry]));
  return [
    ...input.accepted.map((meeting) => {
      const assignment = assigned.get(meeting.meetingRequestId);
      if (assignment) return placementOf(runId, meeting, now, { status: 'planned', slotId: input.slotIds[assignment.slot]!, table: assignment.table });
      const why = unplaced.get(meeting.meetingRequestId);
      return placementOf(runId, meeting, now, {
        status: 'unplaced',
        reason: why?.reason ?? 'no-free-slot',
        detail: why?.detail ?? 'No slot was found.',
        overbooked: why?.overbooked,
        slotsTaken: why?.slotsTaken,
        unavailableEverywhere: why?.reason === 'no-common-slot' ? sideUnavailableEverywhere(input.problem, meeting) : undefined,
      });
    }),
    ...input.excluded.map(({ meeting, reason, detail }) => placementOf(runId, meeting, now, { status: 'unplaced', reason, detail })),
  ];
}

/** The wish counts of each participant who had a wish, for their agenda email. */
function wishesByParticipant(result: ScheduleResult): Record<string, WishCounts> {
  return Object.fromEntries(
    result.perParticipant.filter((p) => p.wishesExpressed > 0).map((p) => [p.participantId, { expressed: p.wishesExpressed, honoured: p.wishesHonoured }]),
  );
}

async function solveAndCheck(input: SchedulingInput, options: SolveOptions): Promise<ScheduleResult> {
  const result = solveSchedule(input.problem, options);
  const violations = validateSchedule(input.problem, result);
  // A solver bug must never reach the tables: fail loudly (500, logged) and write nothing.
  if (violations.length > 0) throw new Error(`The scheduler returned an invalid schedule: ${JSON.stringify(violations.slice(0, 3))}`);
  return result;
}

/**
 * "Schedule all", step 1: a provisional schedule of every accepted meeting (confirmed ones stay
 * where they are), stored as a run with one placement per meeting. Nothing is booked and no one is
 * told until the organiser publishes it. The run item is written last, so a run that can be read is
 * complete.
 */
export async function computeScheduleRun(event: EventDefinition, options: ScheduleOptions, now: Date): Promise<RunView> {
  // The solvers' WebAssembly (compiled once per process: CaDiCaL 30-60 ms, HiGHS about 80 ms) compiles while
  // the meetings are read.
  const solvers = Promise.all([loadSatSolverFactory(), loadLpSolver()]);
  solvers.catch(() => undefined); // awaited below; this only keeps an early return from leaving it unhandled
  const input = await loadSchedulingInput(event);
  if (input.accepted.length + input.excluded.length === 0) {
    throw new DomainError('conflict', 'nothing-to-schedule', 'No accepted meeting is waiting for a time: there is nothing to schedule.');
  }
  // The organisers may remove every slot while meetings wait (nothing is booked in them): say what to do, not a 500.
  if (input.slotIds.length === 0) {
    throw new DomainError('conflict', 'no-meeting-slots', 'The event has no meeting slots: add some in the event settings, then preview again.');
  }
  const [satSolver, lpSolver] = await solvers;
  const result = await solveAndCheck(input, { ...options, satSolver, lpSolver });
  const runId = ulid();
  const at = now.toISOString();
  const placements = placementsOf(runId, input, result, at);
  const table = runtimeConfig().MEETING_REQUESTS_TABLE;
  await batchPutAll(table, placements as unknown as Record<string, unknown>[]);
  const run: ScheduleRunRecord = {
    ...scheduleRunKey(runId),
    sk: 'RUN',
    entityType: 'schedule-run',
    runId,
    eventId: event.id,
    status: 'ready',
    seed: options.seed,
    timeLimitMs: options.timeLimitMs,
    ...(options.work === undefined ? {} : { work: options.work }),
    accepted: input.accepted.length + input.excluded.length,
    kept: input.kept.length,
    figures: result.figures,
    coverage: result.coverage,
    wishesByParticipant: wishesByParticipant(result),
    solver: {
      iterations: result.stats.iterations,
      elapsedMs: Math.round(result.stats.elapsedMs),
      stoppedBy: result.stats.stoppedBy,
      ...(result.stats.work === undefined ? {} : { work: result.stats.work }),
      ...(result.stats.exact ? { provedOptimal: result.stats.exact.provedOptimal } : {}),
    },
    createdAt: at,
    updatedAt: at,
    publishAttempt: 0,
    gsi1pk: eventRunsPartition(event.id),
    gsi1sk: `${at}#${runId}`,
  };
  await dynamo().send(new PutCommand({ TableName: table, Item: run, ConditionExpression: 'attribute_not_exists(pk)' }));
  return runView(event, run, placements);
}
