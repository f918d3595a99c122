import type { EventDefinition } from '../events/event-definition';
import { findSlot } from '../meetings/bookable-slots';
import { participantNames, type ParticipantName } from '../organisers/participant-names';
import { placementsOf, progressOf } from './run-store';
import type { PlacementRecord, PlacementStatus, RunProgress, ScheduleRunRecord } from './run-records';
import { wishesView } from './wishes-view';

export interface PlacementView {
  meetingRequestId: string;
  status: PlacementStatus;
  participants: ({ registrationId: string } & Partial<ParticipantName>)[];
  slotId?: string;
  start?: string;
  end?: string;
  table?: number;
  reason?: string;
  detail?: string;
  /** With reason 'participant-overbooked': which side, their meetings that could take place and their free slots. */
  overbooked?: { registrationId: string; meetings: number; slots: number };
  /** With reason 'no-free-slot': the slots both could use, how many hold another meeting of each side, how many have no free table. */
  slotsTaken?: { slots: number; byMeetingsOf: { registrationId: string; slots: number }[]; noFreeTable: number };
  /** With reason 'no-common-slot': the side unavailable in every meeting slot. */
  unavailableEverywhere?: { registrationId: string };
}

const countWhere = (placements: readonly PlacementRecord[], status: PlacementStatus) => placements.filter((placement) => placement.status === status).length;

function placementView(event: EventDefinition, placement: PlacementRecord, names: Map<string, ParticipantName>): PlacementView {
  const slot = placement.slotId ? findSlot(event, placement.slotId) : undefined;
  return {
    meetingRequestId: placement.meetingRequestId,
    status: placement.status,
    participants: [placement.fromRegistrationId, placement.toRegistrationId].map((registrationId) => ({ registrationId, ...names.get(registrationId) })),
    ...(slot ? { slotId: slot.id, start: slot.start, end: slot.end } : {}),
    ...(placement.table === undefined ? {} : { table: placement.table }),
    ...(placement.reason ? { reason: placement.reason, detail: placement.detail } : {}),
    ...(placement.overbooked
      ? { overbooked: { registrationId: placement.overbooked.participantId, meetings: placement.overbooked.meetings, slots: placement.overbooked.slots } }
      : {}),
    ...(placement.slotsTaken
      ? {
          slotsTaken: {
            slots: placement.slotsTaken.slots,
            byMeetingsOf: placement.slotsTaken.byMeetingsOf.map((side) => ({ registrationId: side.participantId, slots: side.slots })),
            noFreeTable: placement.slotsTaken.noFreeTable,
          },
        }
      : {}),
    ...(placement.unavailableEverywhere ? { unavailableEverywhere: { registrationId: placement.unavailableEverywhere } } : {}),
  };
}

/** Every placement in time order (then table), with both participants' names. */
async function placementViews(event: EventDefinition, placements: readonly PlacementRecord[]): Promise<PlacementView[]> {
  const names = await participantNames(placements.flatMap((placement) => [placement.fromRegistrationId, placement.toRegistrationId]));
  return placements
    .map((placement) => placementView(event, placement, names))
    .sort((a, b) => (a.start ?? '~').localeCompare(b.start ?? '~') || (a.table ?? 0) - (b.table ?? 0));
}

/** What the organiser sees of a run: figures, counts, progress and (unless `withPlacements` is false) every placement. */
export async function runView(event: EventDefinition, run: ScheduleRunRecord, placements: readonly PlacementRecord[], progress?: RunProgress, withPlacements = true) {
  return {
    runId: run.runId,
    eventId: run.eventId,
    status: run.status,
    createdAt: run.createdAt,
    seed: run.seed,
    timeLimitMs: run.timeLimitMs,
    ...(run.work === undefined ? {} : { work: run.work }),
    ...(run.publishRequestedAt ? { publishRequestedAt: run.publishRequestedAt } : {}),
    ...(run.publishedAt ? { publishedAt: run.publishedAt } : {}),
    counts: {
      accepted: run.accepted,
      kept: run.kept,
      planned: placements.length - countWhere(placements, 'unplaced'),
      unplaced: countWhere(placements, 'unplaced'),
      placed: countWhere(placements, 'placed'),
      conflicts: countWhere(placements, 'conflict'),
      waiting: countWhere(placements, 'planned'),
    },
    figures: run.figures,
    ...(run.coverage ? { coverage: run.coverage } : {}),
    wishes: wishesView(run.figures),
    solver: run.solver,
    ...(progress ? { progress } : {}),
    ...(withPlacements ? { placements: await placementViews(event, placements) } : {}),
  };
}

export type RunView = Awaited<ReturnType<typeof runView>>;

/** The run as stored now, with its placements and progress. */
export async function currentRunView(event: EventDefinition, run: ScheduleRunRecord, withPlacements = true): Promise<RunView> {
  const [placements, progress] = await Promise.all([placementsOf(run.runId), progressOf(run)]);
  return runView(event, run, placements, progress, withPlacements);
}
