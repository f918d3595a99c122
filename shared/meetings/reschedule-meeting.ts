import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { meetingTransition, releaseSlot } from './meeting-items';
import type { MeetingRecord } from './meeting-record';
import { loadSides, requireSide } from './meeting-sides';
import { requireMeeting } from './meeting-store';
import { placeMeeting } from './place-meeting';

/**
 * Either side moves a confirmed meeting to another slot of the event, with the checks of accepting
 * (both free then, a free table) but not limited to the proposed slots, which were for the first time:
 * in one transaction the old locks and table are freed and the new ones taken; both get an updated
 * invitation (same UID, higher SEQUENCE) in an email saying the meeting moved and from when.
 */
export async function rescheduleMeeting(args: { event: EventDefinition; meetingRequestId: string; actorId: string; slotId: string; now: Date }): Promise<MeetingRecord> {
  const { event, slotId } = args;
  const meeting = await requireMeeting(args.meetingRequestId);
  requireSide(meeting, args.actorId, 'either');
  if (meeting.status !== 'confirmed') throw new DomainError('conflict', 'meeting-not-confirmed', 'Only a confirmed meeting can be moved.');
  if (meeting.slotId === slotId) throw new DomainError('conflict', 'same-slot', 'The meeting is already in this slot.');
  if (!event.meetings.participantsPickSlots) throw new DomainError('conflict', 'organisers-schedule', 'The organisers place the meetings of this event.');
  const now = args.now.toISOString();
  return placeMeeting({
    event,
    meeting,
    sides: await loadSides(meeting),
    slotId,
    transition: (placed) => meetingTransition(meeting, { status: 'confirmed', slotId, table: placed.table!, sequence: placed.sequence }, ['confirmed'], now),
    extraItems: releaseSlot(meeting, meeting.slotId!, meeting.table!),
    movedFrom: meeting.slotId!,
    now,
  });
}
