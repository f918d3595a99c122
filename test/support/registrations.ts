import { ulid } from 'ulid';
import type { TestClient } from './test-app';
import { retryingBusy } from './retrying-busy';

/** A valid registration body; override what the test is about. */
export function registrationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstName: 'Amina',
    lastName: 'Benali',
    email: `amina.${ulid().toLowerCase()}@example.org`,
    organisation: 'Maroc Numeric Cluster',
    clusterId: 'maroc-numeric-cluster',
    country: 'MA',
    participantType: 'cluster-manager',
    sectors: ['ict'],
    programme: [],
    language: 'fr',
    consent: true,
    directoryOptIn: true,
    profile: { offer: 'IoT platforms', request: 'Partners in logistics' },
    ...overrides,
  };
}

export async function register(app: TestClient, eventId: string, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const body = registrationBody(overrides);
  const response = await app.request('POST', `/events/${eventId}/registrations`, { body, headers });
  return { response, body, json: (await response.json()) as Record<string, unknown> & { registrationId: string; manageToken: string; status: string; waitlistPosition?: number } };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Registers as a client following the API's contract (`retryingBusy`): a 503 is asked again with the same
 * Idempotency-Key, so a retry can add no seat and no email.
 */
export function registerRetryingBusy(app: TestClient, eventId: string, body: Record<string, unknown>, onRetry: () => void = () => undefined): Promise<Response> {
  const headers = { 'idempotency-key': `retrying-${body.email as string}` };
  return retryingBusy(() => app.request('POST', `/events/${eventId}/registrations`, { body, headers }), onRetry);
}
