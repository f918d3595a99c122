import type { EventDefinition } from '../events/event-definition';
import { cancelMeetingsOf } from '../meetings/cancel-meetings-of';
import { cancelRegistration, type CancelOutcome } from './cancel-registration';

/** An attendee leaves: the registration is cancelled (seat handed on), then their meetings. */
export async function withdrawRegistration(args: { event: EventDefinition; registrationId: string; erase: boolean; now: Date }): Promise<CancelOutcome> {
  const outcome = await cancelRegistration(args);
  await cancelMeetingsOf(args.event, args.registrationId, args.now);
  return outcome;
}
