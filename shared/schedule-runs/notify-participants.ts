import type { StoredEmailMessage } from '../confirmations/confirmation-record';
import type { EventDefinition } from '../events/event-definition';
import { agendaEntriesOf } from '../meetings/agenda';
import { agendaFeedLink } from '../meetings/agenda-feed-link';
import { emailOnce } from '../meetings/email-once';
import { recipientOf } from '../meetings/participants';
import type { RegistrationRecord } from '../registrations/registration-record';
import { findRegistration } from '../registrations/registration-store';
import { runNotifiedKey } from '../storage/keys';
import { inLanes } from '../in-lanes';
import type { PlacementRecord, WishCounts } from './run-records';

const lanes = 4;

/** Records one agenda email for a participant, at most once per run; false when there is nothing to tell. */
async function notifyOnce(event: EventDefinition, runId: string, record: RegistrationRecord, wishes: WishCounts | undefined, now: Date): Promise<boolean> {
  const entries = await agendaEntriesOf(event, record);
  // Everything placed for them was cancelled meanwhile: the cancellation emails said so already.
  if (!entries.some((entry) => entry.kind === 'meeting')) return false;
  const message: StoredEmailMessage = {
    kind: 'schedule-published',
    recipient: recipientOf(record),
    eventId: event.id,
    data: { registrationId: record.registrationId, entries, ...(wishes ? { wishes } : {}) },
    link: agendaFeedLink(record),
  };
  await emailOnce({ ...runNotifiedKey(runId, record.registrationId), entityType: 'schedule-notified', runId }, message, record.registrationId, now);
  return true;
}

/**
 * Each participant with a meeting placed by the run gets ONE email: their whole agenda as it is now
 * (so a meeting cancelled during the publish is not in it), in their language, with its .ics. A
 * marker per run and participant makes a resumed publish skip those already told. `wishes`: the run's
 * counts per participant (the preview's; a meeting taken meanwhile is not recounted).
 */
export async function notifyParticipants(
  event: EventDefinition,
  runId: string,
  placed: readonly PlacementRecord[],
  wishes: Readonly<Record<string, WishCounts>>,
  now: Date,
): Promise<number> {
  const participantIds = [...new Set(placed.flatMap((placement) => [placement.fromRegistrationId, placement.toRegistrationId]))];
  let notified = 0;
  await inLanes(participantIds, lanes, async (registrationId) => {
    const record = await findRegistration(registrationId);
    if (record?.status === 'confirmed' && (await notifyOnce(event, runId, record, wishes[registrationId], now))) notified += 1;
  });
  return notified;
}
