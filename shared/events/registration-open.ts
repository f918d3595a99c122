import type { EventDefinition } from './event-definition';

/** Whether the event takes registrations at `now`. */
export function isRegistrationOpen(event: EventDefinition, now: Date): boolean {
  if (event.registration.closed) return false;
  return event.registration.deadline === null || now.getTime() < Date.parse(event.registration.deadline);
}
