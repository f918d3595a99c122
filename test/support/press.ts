import type { TestClient } from './test-app';

/** A press accreditation request of a print journalist for the event's first day; returns its id. */
export async function requestAccreditation(app: TestClient, eventId: string, day: string, email: string): Promise<string> {
  const response = await app.request('POST', `/events/${eventId}/press-accreditations`, {
    body: {
      firstName: 'Jane', lastName: 'Doe', email, mediaOutlet: 'Le Matin', mediaType: 'print', country: 'MA',
      pressCardNumber: 'PC-2019-042', coveragePlan: 'Interviews.', days: [day], language: 'en', consent: true,
    },
  });
  if (response.status !== 201) throw new Error(`press request refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accreditationId: string }).accreditationId;
}
