import { eventMeetingsPartition, meetingKey } from '../storage/keys';
/**
 * A B2B meeting request, as stored in the MeetingRequests table (docs/data-model.md).
 *
 * pending → confirmed (accepted with a slot and a table) → cancelled
 *         → accepted (accepted without a slot; the organisers' scheduler places it, issue 7)
 *         → declined | cancelled (by the requester) | expired
 */
export type MeetingStatus = 'pending' | 'accepted' | 'confirmed' | 'declined' | 'cancelled' | 'expired';

export interface MeetingRecord {
  pk: string;
  sk: string;
  entityType: 'meeting-request';
  meetingRequestId: string;
  eventId: string;
  fromRegistrationId: string;
  toRegistrationId: string;
  message: string;
  proposedSlotIds: string[];
  /** Where the requester asked from (absent on requests made before issue 23 or by API clients that do not say). */
  source?: 'directory' | 'recommendation';
  status: MeetingStatus;
  /** Set while confirmed (and kept on cancellation for the calendar). */
  slotId?: string;
  table?: number;
  /** iCalendar SEQUENCE: raised at every change the calendars must see. */
  sequence: number;
  declineReason?: string;
  cancelledBy?: string;
  /** The status a cancelled request was cancelled from: `pending` is a request withdrawn before it was answered (absent on requests cancelled before it was recorded). */
  cancelledFrom?: 'pending' | 'accepted' | 'confirmed';
  createdAt: string;
  updatedAt: string;
  /** When a pending request expires, if the event sets an expiry. */
  expiresOn?: string;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk?: string;
  gsi2sk?: string;
}

/** Key formats live in storage/keys.ts; re-exported for this feature's modules. */
export { eventMeetingsPartition, meetingKey };
export const meetingStatusSortKey = (status: MeetingStatus, createdAt: string, id: string) => `${status}#${createdAt}#${id}`;
