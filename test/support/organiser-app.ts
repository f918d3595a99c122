import type { EventDefinition } from '../../shared/events/event-definition';
import { organiserKey } from '../organisers/admin-support';
import { bearer } from './registrations';
import { startTestApp, type TestApp } from './test-app';

/**
 * The local app with `events`, and an organiser key of the first (what every organiser-route test
 * starts from): `({ app, key } = await startOrganiserApp([event, otherEvent]))` in `beforeAll`.
 */
export async function startOrganiserApp(
  events: readonly EventDefinition[],
  environment?: Parameters<typeof startTestApp>[1],
  options?: Parameters<typeof startTestApp>[2],
): Promise<{ app: TestApp; key: string }> {
  const app = await startTestApp([...events], environment, options);
  return { app, key: await organiserKey(events[0]!.id) };
}

/** A request to one of the event's admin routes with the organiser key, `path` after `/admin/events/{eventId}`. */
export function adminRequest(app: TestApp, key: string, eventId: string, method: string, path: string, body?: unknown): Promise<Response> {
  return app.request(method, `/admin/events/${eventId}${path}`, { headers: bearer(key), ...(body === undefined ? {} : { body }) });
}
