import { cachedEvent } from '../events/cached-event';
import type { EventDefinition } from '../events/event-definition';
import { listEventIds } from '../events/event-repository';
import { describeError, log } from '../logging/logger';

/** Runs a job on every event; one event's failure is logged and does not stop the others. */
export async function forEachEvent(job: string, work: (event: EventDefinition) => Promise<number>): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  for (const eventId of await listEventIds()) {
    try {
      results[eventId] = await work(await cachedEvent(eventId));
    } catch (error) {
      log.error(`${job} failed for an event`, { eventId, ...describeError(error) });
    }
  }
  log.info(`${job} done`, { results });
  return results;
}
