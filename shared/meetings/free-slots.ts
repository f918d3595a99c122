import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import type { RegistrationRecord } from '../registrations/registration-record';
import { busySlotIds, isBookable } from './bookable-slots';
import { participationsOf } from './meeting-store';
import { requireParticipant } from './participants';

/** Slots a participant cannot take a new meeting in: busy (unavailable, chosen programme) or already booked. */
async function takenSlotIds(event: EventDefinition, participant: RegistrationRecord): Promise<Set<string>> {
  const booked = (await participationsOf(participant.registrationId)).filter((participation) => participation.status === 'confirmed' && participation.slotId);
  return new Set([...busySlotIds(event, participant), ...booked.map((participation) => participation.slotId!)]);
}

/**
 * The meeting slots free for the caller and, when named, for another participant of the directory.
 * Only the intersection is returned: the other's agenda is never revealed beyond "free for both".
 * The other must be one the caller could ask (same event, confirmed, listed), else 404/409 as for a request.
 */
export async function freeSlotsFor(event: EventDefinition, caller: RegistrationRecord, otherId?: string) {
  if (otherId === caller.registrationId) throw new DomainError('conflict', 'meeting-with-yourself', 'You cannot request a meeting with yourself.');
  const other = otherId === undefined ? undefined : await requireParticipant(event, otherId, 'recipient');
  if (other && !other.directoryOptIn) throw new DomainError('conflict', 'participant-not-listed', 'This participant is not in the directory and takes no meeting requests.');
  const taken = await Promise.all([caller, ...(other ? [other] : [])].map((participant) => takenSlotIds(event, participant)));
  const slots = event.meetings.slots.filter((slot) => isBookable(event, slot) && taken.every((ids) => !ids.has(slot.id)));
  return slots.map(({ id, start, end }) => ({ id, start, end }));
}
