import type { EventDefinition } from '../events/event-definition';
import { busySlotIds } from '../meetings/bookable-slots';
import type { MeetingRecord } from '../meetings/meeting-record';
import { meetingsWithStatus } from '../meetings/meeting-store';
import { runtimeConfig } from '../config/runtime-config';
import type { RegistrationRecord } from '../registrations/registration-record';
import { batchGetAll } from '../storage/batch-get';
import { registrationKey } from '../storage/keys';
import type { MeetingRequest, ParticipantDefinition, SchedulingProblem } from '../scheduling/model';
import { schedulingSlots } from './event-slots';
import { preferenceWishes } from './preference-wishes';

/** An accepted meeting left out of the problem, and why. */
export interface ExcludedMeeting {
  meeting: MeetingRecord;
  reason: 'participant-not-confirmed';
  detail: string;
}

export interface SchedulingInput {
  problem: SchedulingProblem;
  slotIds: string[];
  /** Accepted meetings to place. */
  accepted: MeetingRecord[];
  /** Confirmed meetings, locked where they are. */
  kept: MeetingRecord[];
  excluded: ExcludedMeeting[];
}

const sidesOf = (meeting: MeetingRecord) => [meeting.fromRegistrationId, meeting.toRegistrationId];

async function confirmedParticipants(meetings: readonly MeetingRecord[]): Promise<Map<string, RegistrationRecord>> {
  const ids = [...new Set(meetings.flatMap(sidesOf))];
  const records = await batchGetAll<RegistrationRecord>(runtimeConfig().REGISTRATIONS_TABLE, ids.map(registrationKey), { consistent: true });
  return new Map(records.filter((record) => record.status === 'confirmed').map((record) => [record.registrationId, record]));
}

function participantsOf(event: EventDefinition, people: Map<string, RegistrationRecord>, slotIds: readonly string[]): ParticipantDefinition[] {
  const slotById = new Map(event.meetings.slots.map((slot) => [slot.id, slot]));
  const slots = slotIds.map((id) => slotById.get(id)!);
  // In id order, not the batch read's: the same data must make the same problem, hence the same schedule for a seed and work.
  return [...people.values()].sort((a, b) => (a.registrationId < b.registrationId ? -1 : 1)).map((record) => {
    const busy = busySlotIds(event, record);
    const wishes = preferenceWishes(event, slots, record.schedulingPreferences);
    return {
      id: record.registrationId,
      unavailable: slotIds.flatMap((slotId, index) => (busy.has(slotId) ? [index] : [])),
      ...(wishes.length > 0 ? { wishes } : {}),
    };
  });
}

/**
 * An accepted meeting to place. The requester's proposed slots, which the invitee accepted without choosing
 * one, are its wish (docs/scheduling.md, "Wishes").
 */
function acceptedRequest(meeting: MeetingRecord, slotIndex: Map<string, number>): MeetingRequest {
  const wished = meeting.proposedSlotIds.flatMap((slotId) => slotIndex.get(slotId) ?? []);
  return { id: meeting.meetingRequestId, a: meeting.fromRegistrationId, b: meeting.toRegistrationId, ...(wished.length > 0 ? { wishedSlots: wished } : {}) };
}

/** A confirmed meeting stays where it is: a lock on its slot and table. */
function keptRequest(meeting: MeetingRecord, slotIndex: Map<string, number>): MeetingRequest | undefined {
  const slot = meeting.slotId === undefined ? undefined : slotIndex.get(meeting.slotId);
  if (slot === undefined) return undefined;
  return { id: meeting.meetingRequestId, a: meeting.fromRegistrationId, b: meeting.toRegistrationId, fixed: { slot, ...(meeting.table ? { table: meeting.table } : {}) } };
}

/**
 * What "Schedule all" works on: every accepted meeting of the event to place, every confirmed one
 * kept where it is, each participant's busy slots (marked unavailable, or taken by a programme item
 * they chose), and the wishes: proposed slots and participants' scheduling preferences. An accepted meeting
 * with a side no longer confirmed is left out and reported.
 */
export async function loadSchedulingInput(event: EventDefinition): Promise<SchedulingInput> {
  const [acceptedAll, kept] = await Promise.all([meetingsWithStatus(event.id, 'accepted'), meetingsWithStatus(event.id, 'confirmed')]);
  const people = await confirmedParticipants([...acceptedAll, ...kept]);
  const { slotIds, slots, tables } = schedulingSlots(event);
  const slotIndex = new Map(slotIds.map((id, index) => [id, index]));

  const isPlaceable = (meeting: MeetingRecord) => sidesOf(meeting).every((id) => people.has(id));
  const accepted = acceptedAll.filter(isPlaceable);
  const excluded = acceptedAll
    .filter((meeting) => !isPlaceable(meeting))
    .map((meeting): ExcludedMeeting => ({ meeting, reason: 'participant-not-confirmed', detail: 'One of the two participants is no longer registered.' }));
  const requests: MeetingRequest[] = [
    ...kept.filter(isPlaceable).flatMap((meeting) => keptRequest(meeting, slotIndex) ?? []),
    ...accepted.map((meeting) => acceptedRequest(meeting, slotIndex)),
  ];
  return {
    problem: { slots, tables, participants: participantsOf(event, people, slotIds), meetings: requests, gapScope: 'day' },
    slotIds,
    accepted,
    kept,
    excluded,
  };
}
