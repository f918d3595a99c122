/**
 * Key builders, so that every item's key is spelled in one place (docs/data-model.md lists them).
 */
export const eventKey = (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'EVENT' });
export const eventCountersKey = (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'COUNTERS' });
/**
 * The dashboard's counter items (docs/organisers.md, "Dashboard"): per group of figures, shards that
 * live transactions add to, and the `base` a recount writes. All start with `COUNTERS`, so one Query
 * (`begins_with(sk, 'COUNTERS')`) reads them with the seat counters.
 */
export const dashboardCountersPrefix = 'COUNTERS#';
export const dashboardCountersKey = (eventId: string, group: string, part: number | 'base') => ({ pk: `EVENT#${eventId}`, sk: `${dashboardCountersPrefix}${group}#${part}` });
export const registrationKey = (registrationId: string) => ({ pk: `REGISTRATION#${registrationId}`, sk: 'REGISTRATION' });
export const registrationEmailKey = (eventId: string, normalizedEmail: string) => ({
  pk: `EVENT#${eventId}#EMAIL#${normalizedEmail}`,
  sk: 'EMAIL',
});
export const idempotencyKey = (scope: string, key: string) => ({ pk: `IDEMPOTENCY#${scope}#${key}`, sk: 'IDEMPOTENCY' });
/** A ticket's typed code, found back at the door (docs/check-in.md). */
export const ticketCodeKey = (eventId: string, code: string) => ({ pk: `EVENT#${eventId}#TICKET-CODE#${code}`, sk: 'TICKET-CODE' as const });
export const confirmationKey = (confirmationId: string) => ({ pk: `CONFIRMATION#${confirmationId}`, sk: 'CONFIRMATION' });
/** Never written: the readiness check reads it (shared/storage/readiness.ts). */
export const readinessProbeKey = { pk: 'READINESS', sk: 'READINESS' } as const;

/** Index partitions. */
/** Every event (for the scheduled jobs that go through events). */
export const eventsPartition = 'EVENTS';
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
  pk: participantPartition(registrationId),
  sk: `${participationSortKeyPrefix}${meetingRequestId}`,
});
export const participantCountersKey = (registrationId: string) => ({ pk: participantPartition(registrationId), sk: 'COUNTERS' });
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
/** MeetingRequests table: one item per digest round, `SENT#<registration>` per email recorded, `DONE` once a pass completed. */
export const digestSentKey = (eventId: string, round: string, registrationId: string) => ({ pk: `EVENT#${eventId}#DIGEST#${round}`, sk: `SENT#${registrationId}` });
export const digestDoneKey = (eventId: string, round: string) => ({ pk: `EVENT#${eventId}#DIGEST#${round}`, sk: 'DONE' });
/** The event's registrations whose change the recommendations worker has not applied yet (`ids` string set, `version`). */
export const recommendationDirtyKey = (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'RECOMMENDATIONS#DIRTY' });
export const recommendationLeaseKey = (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'RECOMMENDATIONS#LEASE' });
/** Press accreditations (issue 5), in the Registrations table. */
export const pressAccreditationKey = (accreditationId: string) => ({ pk: `PRESS#${accreditationId}`, sk: 'PRESS' });
export const pressEmailGuardKey = (eventId: string, normalizedEmail: string) => ({
  pk: `EVENT#${eventId}#PRESS-EMAIL#${normalizedEmail}`,
  sk: 'PRESS-EMAIL',
});
export const eventPressPartition = (eventId: string) => `EVENT#${eventId}#PRESS`;

/** Organisers: API keys (by hash) and the summary watermark, in the Registrations table. */
export const organiserKeyKey = (keyHash: string) => ({ pk: `ORGANISER-KEY#${keyHash}`, sk: 'ORGANISER-KEY' as const });
export const eventOrganiserKeysPartition = (eventId: string) => `EVENT#${eventId}#ORGANISER-KEYS`;
/** A console session, by its id (shared/organisers/organiser-session.ts). */
export const organiserSessionKey = (sessionId: string) => ({ pk: `ORGANISER-SESSION#${sessionId}`, sk: 'ORGANISER-SESSION' as const });
/** The export log: one item per CSV export, listed per event (docs/organisers.md, "Export log"). */
export const exportLogKey = (exportId: string) => ({ pk: `EXPORT#${exportId}`, sk: 'EXPORT' as const });
/** How many door searches a key ran in one minute (`minute`: `2019-04-09T08:15`). */
export const doorSearchCountKey = (keyId: string, minute: string) => ({ pk: `DOOR-SEARCHES#${keyId}`, sk: minute });
export const eventExportsPartition = (eventId: string) => `EVENT#${eventId}#EXPORTS`;
/** `EVENT#<e>` / `SUMMARY#LAST`: when the last summary was sent and its totals (docs/data-model.md). */
export const summaryWatermarkKey = (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'SUMMARY#LAST' });

/** Confirmations table: an address that hard-bounced, and the SES message id → confirmation pointer. */
export const undeliverableAddressKey = (eventId: string, normalizedEmail: string) => ({ pk: `EVENT#${eventId}#UNDELIVERABLE#${normalizedEmail}`, sk: 'UNDELIVERABLE' });
/** One email naming a participant (its recipient or a counterpart in it): erasure's list of what to scrub. */
export const mentionPartition = (registrationId: string) => `MENTIONS#${registrationId}`;
export const mentionKey = (registrationId: string, confirmationId: string) => ({ pk: mentionPartition(registrationId), sk: confirmationId });
export const sesMessageKey = (sesMessageId: string) => ({ pk: `SES#${sesMessageId}`, sk: 'SES' });

/** MeetingRequests table: the meeting request itself, and its index partition per event. */
export const meetingKey = (meetingRequestId: string) => ({ pk: `MEETING#${meetingRequestId}`, sk: 'MEETING' });
export const eventMeetingsPartition = (eventId: string) => `EVENT#${eventId}#MEETINGS`;
/** A participant's partition and the sort-key prefix of their participations in it (participantMeetingKey). */
export const participantPartition = (registrationId: string) => `PARTICIPANT#${registrationId}`;
export const participationSortKeyPrefix = 'MEETING#';
/** The marker of one reminder (participant, kind and day) that makes it sent at most once. */
export const reminderMarkerKey = (marker: string) => ({ pk: `REMINDER#${marker}`, sk: 'REMINDER' });
