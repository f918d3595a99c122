import { erasedUnsent, type ConfirmationRecord, type ConfirmationStatus } from '../confirmations/confirmation-record';
import type { MeetingRecord } from '../meetings/meeting-record';
import type { PressAccreditationRecord } from '../press/press-record';
import { fullName, type AdminRegistration } from './admin-records';
import type { OrganiserSummaryFigures } from './summary-figures';
import { countInto, tally } from './tally';

const mostRequestedCount = 10;
const listedProblems = 50;
const hourMs = 3_600_000;

export function meetingFigures(meetings: readonly MeetingRecord[], registrations: readonly AdminRegistration[]): OrganiserSummaryFigures['meetings'] {
  const byId = new Map(registrations.map((record) => [record.registrationId, record]));
  const mostRequested = tally(meetings, (meeting) => meeting.toRegistrationId)
    .slice(0, mostRequestedCount)
    .map(({ key, count }) => {
      const record = byId.get(key);
      return { registrationId: key, name: record ? fullName(record) : '', organisation: record?.organisation ?? '', requests: count };
    });
  return {
    byStatus: countInto(['pending', 'accepted', 'confirmed', 'declined', 'cancelled', 'expired'], meetings, (meeting) => meeting.status),
    mostRequested,
    fromRecommendations: meetings.filter((meeting) => meeting.source === 'recommendation').length,
  };
}

export function pressFigures(press: readonly PressAccreditationRecord[], now: Date): OrganiserSummaryFigures['press'] {
  const counts = countInto(['pending', 'approved', 'rejected'], press, (record) => record.status);
  const pendingRequests = press
    .filter((record) => record.status === 'pending')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
    .slice(0, listedProblems)
    .map((record) => ({
      accreditationId: record.accreditationId,
      name: fullName(record),
      mediaOutlet: record.mediaOutlet,
      requestedAt: record.createdAt,
      ageHours: Math.floor((now.getTime() - Date.parse(record.createdAt)) / hourMs),
    }));
  return { ...counts, pendingRequests };
}

type DeliveryStatus = keyof OrganiserSummaryFigures['emails']['byStatus'];

/** Sending and retrying emails are still pending for organisers: not yet accepted by SES. */
export function deliveryStatusOf<S extends ConfirmationStatus>(status: S): DeliveryStatus | Extract<S, 'erased'> {
  return (status === 'sending' || status === 'retrying' ? 'pending' : status) as DeliveryStatus | Extract<S, 'erased'>;
}

const problemStatuses: readonly ConfirmationStatus[] = ['failed', 'bounced', 'complained'];

export function emailFigures(all: readonly ConfirmationRecord[]): Omit<OrganiserSummaryFigures['emails'], 'undeliverable' | 'undeliverableCount'> {
  // Emails of people erased before they left were never owed: neither sent nor a problem.
  const confirmations = all.filter((record) => !erasedUnsent(record));
  const problems = confirmations
    .filter((record) => problemStatuses.includes(record.status))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  return {
    byStatus: countInto(['pending', 'sent', 'delivered', 'bounced', 'complained', 'failed'], confirmations, (record) => deliveryStatusOf(record.status as Exclude<ConfirmationStatus, 'erased'>)),
    problems: problems.slice(0, listedProblems).map((record) => ({
      confirmationId: record.confirmationId,
      kind: record.message.kind,
      recipient: record.message.recipient.email,
      status: record.status,
      at: record.updatedAt,
      ...(record.lastError ? { detail: record.lastError } : {}),
    })),
    problemCount: problems.length,
  };
}
