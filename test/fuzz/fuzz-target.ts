import { ulid } from 'ulid';
import { routes } from '../../shared/api/routes/index';
import { createOrganiserKey } from '../../shared/organisers/organiser-key-store';
import { buildOpenApiDocument } from '../../shared/openapi/openapi-document';
import { registrationBody } from '../support/registrations';
import { testEvent } from '../support/test-event';
import type { FuzzCredentials } from './fuzz-requests';

/** The document, credentials and valid bodies a fuzz run needs. */
export interface FuzzTarget {
  document: object;
  credentials: FuzzCredentials;
  validBodies: Record<string, () => unknown>;
}

/** A fresh open event on the stack, created through the API with a new organiser key (tables from the environment). */
async function createEvent(baseUrl: string): Promise<{ eventId: string; organiserKey: string }> {
  const eventId = `fuzz-${ulid().toLowerCase()}`;
  const definition = testEvent({ id: eventId });
  const { key } = await createOrganiserKey({ eventId, label: 'fuzz' });
  const response = await fetch(`${baseUrl}/admin/events/${eventId}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(definition),
  });
  if (!response.ok) throw new Error(`creating event ${eventId} answered ${response.status}: ${await response.text()}`);
  return { eventId, organiserKey: key };
}

/** Two fresh events (one for the settings operations) and one registration on the first. */
export async function prepareFuzzTarget(baseUrl: string): Promise<FuzzTarget> {
  const main = await createEvent(baseUrl);
  const settingsEvent = await createEvent(baseUrl);
  const response = await fetch(`${baseUrl}/events/${main.eventId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(registrationBody()),
  });
  if (response.status !== 201) throw new Error(`registering answered ${response.status}: ${await response.text()}`);
  const { registrationId, manageToken } = (await response.json()) as { registrationId: string; manageToken: string };
  return {
    document: buildOpenApiDocument(routes, ''),
    credentials: { ...main, registrationId, manageToken, settingsEvent },
    validBodies: { createRegistration: () => registrationBody() },
  };
}
