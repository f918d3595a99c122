import { newConfirmation, putConfirmation } from '../confirmations/confirmation-record';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { meetingMoved } from '../organisers/dashboard-deltas';
import { writeNamedTransactionRetryingConflicts, type TransactionItem } from '../storage/transactions';
import { meetingTransition, participationItems, releasePending, releaseSlot } from './meeting-items';
import { cancelledEmail } from './meeting-emails';
import type { MeetingRecord } from './meeting-record';
import { loadSides, requireSide } from './meeting-sides';
import { requireMeeting } from './meeting-store';

const cancellable: MeetingRecord['status'][] = ['pending', 'accepted', 'confirmed'];

/** What the meeting held that its cancellation gives back. */
function releasedBy(meeting: MeetingRecord): TransactionItem[] {
  if (meeting.status === 'pending') return releasePending(meeting);
  if (meeting.status === 'confirmed') return releaseSlot(meeting, meeting.slotId!, meeting.table!);
  return [];
}

/**
 * Either side cancels, also after confirmation: in one transaction the slot locks and the table
 * are freed (or the pending pair and quota), and the other side is emailed (with a METHOD:CANCEL
 * calendar update when the meeting had a time).
 */
export async function cancelMeeting(args: { event: EventDefinition; meetingRequestId: string; actorId: string; now: Date }): Promise<MeetingRecord> {
  const meeting = await requireMeeting(args.meetingRequestId);
  requireSide(meeting, args.actorId, 'either');
  if (!cancellable.includes(meeting.status)) return meeting;
  const now = args.now.toISOString();
  // Whether it was still a request (withdrawn before an answer) or a meeting: the answer page says which.
  const cancelledFrom = meeting.status as NonNullable<MeetingRecord['cancelledFrom']>;
  const cancelled: MeetingRecord = { ...meeting, status: 'cancelled', cancelledBy: args.actorId, cancelledFrom, sequence: meeting.sequence + 1, updatedAt: now };
  const email = newConfirmation(cancelledEmail(args.event, cancelled, await loadSides(meeting), args.actorId, cancelledFrom === 'pending'), meeting.meetingRequestId, now);
  const outcome = await writeNamedTransactionRetryingConflicts({
    meeting: meetingTransition(meeting, { status: 'cancelled', cancelledBy: args.actorId, cancelledFrom, sequence: cancelled.sequence }, [meeting.status], now),
    released: releasedBy(meeting),
    participations: participationItems(cancelled),
    email: putConfirmation(email),
    dashboard: meetingMoved(meeting.eventId, meeting.status, 'cancelled'),
  });
  if (outcome.committed) return cancelled;
  if (outcome.refused('meeting')) return cancelMeeting(args);
  throw new DomainError('busy', 'busy', 'Please retry in a second.');
}
