import type { EventDefinition } from '../../shared/events/event-definition';
import { organiserKey } from '../organisers/admin-support';
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
