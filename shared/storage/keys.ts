/**
 * Key builders, so that every item's key is spelled in one place (docs/data-model.md lists them).
 */
export const eventKey = (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'EVENT' });
export const eventCountersKey = (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'COUNTERS' });
export const registrationKey = (registrationId: string) => ({ pk: `REGISTRATION#${registrationId}`, sk: 'REGISTRATION' });
export const registrationEmailKey = (eventId: string, normalizedEmail: string) => ({
  pk: `EVENT#${eventId}#EMAIL#${normalizedEmail}`,
  sk: 'EMAIL',
});
export const idempotencyKey = (scope: string, key: string) => ({ pk: `IDEMPOTENCY#${scope}#${key}`, sk: 'IDEMPOTENCY' });
/** A ticket's typed code, found back at the door (docs/check-in.md). */
export const ticketCodeKey = (eventId: string, code: string) => ({ pk: `EVENT#${eventId}#TICKET-CODE#${code}`, sk: 'TICKET-CODE' as const });
export const confirmationKey = (confirmationId: string) => ({ pk: `CONFIRMATION#${confirmationId}`, sk: 'CONFIRMATION' });

/** Index partitions. */
export const eventRegistrationsPartition = (eventId: string) => `EVENT#${eventId}#REGISTRATIONS`;
export const eventWaitlistPartition = (eventId: string) => `EVENT#${eventId}#WAITLIST`;
export const eventDirectoryPartition = (eventId: string) => `EVENT#${eventId}#DIRECTORY`;
export const eventConfirmationsPartition = (eventId: string) => `EVENT#${eventId}#CONFIRMATIONS`;
export const deadLetterPartition = 'DEADLETTER';
/** The sparse `gsi3` partition of emails not yet settled (sent, dead-lettered or erased). */
export const unsettledPartition = 'UNSETTLED';

/** Zero-padded so that string order is numeric order in sort keys. */
export const sortableNumber = (value: number) => value.toString().padStart(10, '0');

/** MeetingRequests table (issue 4). */
export const participantMeetingKey = (registrationId: string, meetingRequestId: string) => ({
  pk: `PARTICIPANT#${registrationId}`,
  sk: `MEETING#${meetingRequestId}`,
});
export const participantCountersKey = (registrationId: string) => ({ pk: `PARTICIPANT#${registrationId}`, sk: 'COUNTERS' });
export const pendingPairKey = (eventId: string, a: string, b: string) => {
  const [first, second] = [a, b].sort();
  return { pk: `PAIR#${eventId}#${first}#${second}`, sk: 'PENDING' };
};
export const slotLockKey = (eventId: string, slotId: string, registrationId: string) => ({ pk: `LOCK#${eventId}#${slotId}#${registrationId}`, sk: 'LOCK' });
export const slotTablesKey = (eventId: string, slotId: string) => ({ pk: `SLOT#${eventId}#${slotId}`, sk: 'TABLES' });
export const eventExpiringPartition = (eventId: string) => `EVENT#${eventId}#EXPIRING`;

/** Schedule runs (issue 7), in the MeetingRequests table. */
export const scheduleRunKey = (runId: string) => ({ pk: `RUN#${runId}`, sk: 'RUN' });
export const runPlacementKey = (runId: string, meetingRequestId: string) => ({ pk: `RUN#${runId}`, sk: `PLACEMENT#${meetingRequestId}` });
export const runProgressKey = (runId: string) => ({ pk: `RUN#${runId}`, sk: 'PROGRESS' });
export const runNotifiedKey = (runId: string, registrationId: string) => ({ pk: `RUN#${runId}`, sk: `NOTIFIED#${registrationId}` });
export const eventRunsPartition = (eventId: string) => `EVENT#${eventId}#RUNS`;
/** Held by the one run of an event being published. */
export const eventPublishingKey = (eventId: string) => ({ pk: `EVENT#${eventId}#SCHEDULE`, sk: 'PUBLISHING' });

/** Recommendations (issue 23), in the Registrations table: one list per reader, in one partition per event. */
export const eventRecommendationsPartition = (eventId: string) => `EVENT#${eventId}#RECOMMENDATIONS`;
export const recommendationListKey = (eventId: string, registrationId: string) => ({ pk: eventRecommendationsPartition(eventId), sk: registrationId });
/** Held by the one worker updating an event's lists, so that two profile changes never interleave. */
export const recommendationLeaseKey = (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'RECOMMENDATIONS#LEASE' });
