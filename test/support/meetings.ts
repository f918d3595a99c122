import { ulid } from 'ulid';
import { RegistrationRequest } from '../../shared/api/registration-api';
import type { EventDefinition } from '../../shared/events/event-definition';
import { normalizeEmail } from '../../shared/registrations/normalize-email';
import { newRegistrationRecord } from '../../shared/registrations/registration-record';
import { manageTokenFor } from '../../shared/security/manage-token';
import { batchPutAll } from '../../shared/storage/batch-put';
import { registrationEmailKey } from '../../shared/storage/keys';
import { bearer, register, registrationBody } from './registrations';
import type { LocalApp } from '../../local/local-app';
import type { TestClient } from './test-app';
import { retryingBusy } from './retrying-busy';

export type Person = Awaited<ReturnType<typeof register>>['json'] & { email: string };

const personBody = (index: number, overrides: Record<string, unknown>) => registrationBody({ firstName: `P${index}`, phone: '+212600000001', ...overrides });

/** Registers `count` people through the API, in batches of 20 (each gets a distinct first name `P<n>`). */
export async function registerPeople(app: TestClient, eventId: string, count: number, overrides: Record<string, unknown> = {}): Promise<Person[]> {
  const created: Person[] = [];
  for (let start = 0; start < count; start += 20) {
    const batch = await Promise.all(Array.from({ length: Math.min(20, count - start) }, (_, index) => register(app, eventId, personBody(start + index, overrides))));
    created.push(...batch.map(({ json, body }) => ({ ...json, email: body.email as string })));
  }
  return created;
}

/**
 * `count` confirmed people written straight into the registrations table, for tests whose subject comes
 * after registering (meetings, scheduling): the same body as {@link registerPeople}'s, parsed by the API's
 * schema, made into the record the product stores (`newRegistrationRecord`) with its one-per-email guard,
 * and the manage token the API would return. Not written, as nothing after registering reads them: the
 * seat counters, the dashboard's counts, the door ticket and the confirmation email (so no email is sent:
 * a file that reads one registers through the API). Each registration through the API is a transaction,
 * an email rendered and sent, and a stream record; docs/testing.md, "Seeded people".
 */
export async function seedPeople(app: Pick<LocalApp, 'tableNames' | 'drainStreams'>, event: EventDefinition, count: number, overrides: Record<string, unknown> = {}): Promise<Person[]> {
  const now = new Date().toISOString();
  const records = Array.from({ length: count }, (_, index) => {
    const request = RegistrationRequest().parse(personBody(index, overrides));
    const normalizedEmail = normalizeEmail(request.email);
    return newRegistrationRecord({ registrationId: ulid(), event, request, normalizedEmail, status: 'confirmed', confirmationId: 'none', now });
  });
  const guards = records.map((record) => ({ ...registrationEmailKey(event.id, record.normalizedEmail), entityType: 'registration-email', registrationId: record.registrationId }));
  await batchPutAll(app.tableNames.registrations, [...guards, ...records.map((record) => ({ ...record, emailIds: [] }))]);
  // The recommendations worker refreshes for the newcomers now, as it would have while they registered,
  // not amid the test's own requests, whose timing is the test's subject.
  await app.drainStreams();
  return Promise.all(
    records.map(async (record) => ({ registrationId: record.registrationId, status: 'confirmed', manageToken: await manageTokenFor(record.registrationId, 0), email: record.email })),
  );
}

export const askMeeting = (app: TestClient, eventId: string, from: Person, to: Person, proposedSlotIds: string[]) =>
  app.request('POST', `/events/${eventId}/meeting-requests`, { headers: bearer(from.manageToken), body: { toRegistrationId: to.registrationId, message: 'Shall we talk <b>logistics</b>?', proposedSlotIds } });

export const meetingAction = (app: TestClient, who: Person, id: string, action: string, body?: unknown) =>
  app.request('POST', `/meeting-requests/${id}/${action}`, { headers: bearer(who.manageToken), ...(body === undefined ? {} : { body }) });

/** A request from `from` that `to` accepted without a time (the organisers place it), by its id; a refusal of either step throws. */
export async function acceptedWithoutTime(app: TestClient, eventId: string, from: Person, to: Person, proposedSlotIds: string[]): Promise<string> {
  const asked = await askMeeting(app, eventId, from, to, proposedSlotIds);
  if (asked.status !== 201) throw new Error(`The meeting request was refused: ${asked.status} ${await asked.text()}`);
  const { meetingRequestId } = (await asked.json()) as { meetingRequestId: string };
  const accepted = await meetingAction(app, to, meetingRequestId, 'accept', {});
  const { status } = (await accepted.json()) as { status?: string };
  if (status !== 'accepted') throw new Error(`The meeting was not accepted without a time: ${accepted.status} ${String(status)}`);
  return meetingRequestId;
}

/**
 * A meeting action as a client following the API's contract: a 503 is asked again (`retryingBusy`). Safe to
 * repeat: an action that went through is refused the second time (409), as a concurrent one is.
 */
export const meetingActionRetryingBusy = (app: TestClient, who: Person, id: string, action: string, body?: unknown) =>
  retryingBusy(() => meetingAction(app, who, id, action, body));
