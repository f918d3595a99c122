import type { EventDefinition } from '../events/event-definition';
import { describeError, log } from '../logging/logger';
import { cancelMeetingsOf } from '../meetings/cancel-meetings-of';
import { cancelRegistration, type CancelOutcome } from './cancel-registration';
import { eraseFromExportLog } from './erase-export-filters';
import { finishErasure } from './finish-erasure';
import { findRegistration } from './registration-store';
import { markMeetingsReleased } from './withdrawal-stream';

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
  if (!args.erase) {
    // Should this fail (or the function die), the Registrations stream worker finishes it (withdrawal-stream.ts).
    await cancelMeetingsOf(args.event, args.registrationId, args.now);
    await markMeetingsReleased(args.registrationId, args.now);
    return outcome;
  }
  try {
    await finishErasure(args.event, args.registrationId, args.now);
  } catch (error) {
    // The erasure is committed and the registration gone for its token (a retry would be a 404): the
    // Registrations stream worker finishes the rest from the erasure's own stream record.
    log.warn('erasure left to the stream worker', { registrationId: args.registrationId, ...describeError(error) });
  }
  return outcome;
}
