import type { EventDefinition } from '../events/event-definition';
import { describeError, log } from '../logging/logger';
import { cancelMeetingsOf } from '../meetings/cancel-meetings-of';
import { cancelRegistration, type CancelOutcome } from './cancel-registration';
import { eraseFromExportLog } from './erase-export-filters';
import { finishErasure } from './finish-erasure';
import { findRegistration } from './registration-store';
import { markMeetingsReleased } from './withdrawal-stream';

/** The leaver's meetings cancelled (the counterparts told), then marked done for the stream worker. */
async function releaseMeetings(event: EventDefinition, registrationId: string, now: Date): Promise<void> {
  await cancelMeetingsOf(event, registrationId, now);
  await markMeetingsReleased(registrationId, now);
}

/**
 * An attendee leaves: the registration is cancelled (seat handed on), then their meetings (finished by
 * the Registrations stream worker if this request cannot: withdrawal-stream.ts). With
 * `erase`, the export log's searches for them are blanked first (only the record says who they
 * are), and the rest of the erasure follows (their meetings and every email naming them); the
 * Registrations stream worker finishes that part if this request cannot.
 */
export async function withdrawRegistration(args: { event: EventDefinition; registrationId: string; erase: boolean; now: Date }): Promise<CancelOutcome> {
  if (args.erase) {
    const record = await findRegistration(args.registrationId);
    if (record !== undefined && record.erasedAt === undefined) await eraseFromExportLog(record);
  }
  const outcome = await cancelRegistration(args);
  try {
    if (args.erase) await finishErasure(args.event, args.registrationId, args.now);
    else await releaseMeetings(args.event, args.registrationId, args.now);
  } catch (error) {
    // The cancellation (or erasure) is committed, so the answer says so: the Registrations stream worker
    // finishes the rest from the change's own stream record (withdrawal-stream.ts), as a retry would.
    log.warn(args.erase ? 'erasure left to the stream worker' : 'meeting sweep left to the stream worker', { registrationId: args.registrationId, ...describeError(error) });
  }
  return outcome;
}
