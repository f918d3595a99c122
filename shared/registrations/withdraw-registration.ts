import type { EventDefinition } from '../events/event-definition';
import { cancelMeetingsOf } from '../meetings/cancel-meetings-of';
import { cancelRegistration, type CancelOutcome } from './cancel-registration';
import { eraseFromExportLog } from './erase-export-filters';
import { finishErasure } from './finish-erasure';
import { findRegistration } from './registration-store';

/**
 * An attendee leaves: the registration is cancelled (seat handed on), then their meetings. With
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
  if (args.erase) await finishErasure(args.event, args.registrationId, args.now);
  else await cancelMeetingsOf(args.event, args.registrationId, args.now);
  return outcome;
}
