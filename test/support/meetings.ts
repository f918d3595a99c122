import { bearer, register } from './registrations';
import type { TestClient } from './test-app';

export type Person = Awaited<ReturnType<typeof register>>['json'] & { email: string };

/** Registers `count` people in batches of 20 (each gets a distinct first name `P<n>`). */
export async function registerPeople(app: TestClient, eventId: string, count: number, overrides: Record<string, unknown> = {}): Promise<Person[]> {
  const created: Person[] = [];
  for (let start = 0; start < count; start += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, count - start) }, (_, index) => register(app, eventId, { firstName: `P${start + index}`, phone: '+212600000001', ...overrides })),
    );
    created.push(...batch.map(({ json, body }) => ({ ...json, email: body.email as string })));
  }
  return created;
}

export const askMeeting = (app: TestClient, eventId: string, from: Person, to: Person, proposedSlotIds: string[]) =>
  app.request('POST', `/events/${eventId}/meeting-requests`, { headers: bearer(from.manageToken), body: { toRegistrationId: to.registrationId, message: 'Shall we talk <b>logistics</b>?', proposedSlotIds } });

export const meetingAction = (app: TestClient, who: Person, id: string, action: string, body?: unknown) =>
  app.request('POST', `/meeting-requests/${id}/${action}`, { headers: bearer(who.manageToken), ...(body === undefined ? {} : { body }) });
