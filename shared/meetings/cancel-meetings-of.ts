import type { EventDefinition } from '../events/event-definition';
import { cancelMeeting } from './cancel-meeting';
import { participationsOf } from './meeting-store';

/**
 * Cancels every open meeting of a participant who leaves, each in its own transaction (freeing
 * locks and tables, emailing the counterpart). Idempotent: cancelling the registration again
 * finishes a sweep that was interrupted.
 */
export async function cancelMeetingsOf(event: EventDefinition, registrationId: string, now: Date): Promise<number> {
  const open = (await participationsOf(registrationId)).filter((participation) => ['pending', 'accepted', 'confirmed'].includes(participation.status));
  for (const participation of open) {
    await cancelMeeting({ event, meetingRequestId: participation.meetingRequestId, actorId: registrationId, now });
  }
  return open.length;
}
