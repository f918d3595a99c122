import type { EventDefinition } from './event-definition';
import { requireEvent } from './require-event';

const freshForMs = 60_000;
const cache = new Map<string, { event: EventDefinition; readAt: number }>();

/** An event definition, re-read at most once a minute: workers render many emails per event. */
export async function cachedEvent(eventId: string, now = Date.now()): Promise<EventDefinition> {
  const hit = cache.get(eventId);
  if (hit && now - hit.readAt < freshForMs) return hit.event;
  const event = await requireEvent(eventId);
  cache.set(eventId, { event, readAt: now });
  return event;
}
