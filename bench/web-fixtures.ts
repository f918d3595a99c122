/**
 * What the API answers the pages measured by bench/web-pages.ts: the seeded TechDays event as
 * GET /events/{id} serves it, and one small, typed set of a participant's data (registration,
 * agenda, requests, directory, invitation, press review). The pages then render what a person
 * sees, without a running stack; a small fixture server (bench/web-pages.ts) answers from here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toEventResponse } from '../shared/api/event-api';
import { EventDefinition } from '../shared/events/event-definition';
import { repoRoot } from '../infra/paths';

export const benchIds = {
  eventId: 'techdays-casablanca-2019',
  registrationId: '01HZX3Q4K8M2N6P9R1S5T7V0W3',
  otherId: '01HZX3Q4K8M2N6P9R1S5T7V0W4',
  meetingRequestId: '01HZX3Q4K8M2N6P9R1S5T7V0W5',
  accreditationId: '01HZX3Q4K8M2N6P9R1S5T7V0W6',
} as const;

const { eventId, registrationId, otherId, meetingRequestId, accreditationId } = benchIds;

function seededEvent(): EventDefinition {
  return EventDefinition.parse(JSON.parse(readFileSync(join(repoRoot, `data/events/${eventId}.json`), 'utf8')));
}

const person = { registrationId: otherId, firstName: 'Karim', lastName: 'Alaoui', organisation: 'Cluster Solaire', country: 'FR' };
const directoryEntry = { ...person, participantType: 'cluster-manager', sectors: ['ict'], offer: 'Solar trackers', request: 'Distributors', offerTags: [], requestTags: [] };

/** Path (without `/api`) → JSON body, for every call the measured pages make. */
export function apiFixtures(): [RegExp, unknown][] {
  const event = seededEvent();
  const [first, second] = event.meetings.slots;
  const now = '2019-04-01T10:00:00Z';
  const meeting = { meetingRequestId, eventId, fromRegistrationId: otherId, toRegistrationId: registrationId, status: 'pending', proposedSlotIds: [first!.id, second!.id], createdAt: now, updatedAt: now };
  return [
    [new RegExp(`^/events/${eventId}$`), toEventResponse(event, true)],
    [new RegExp(`^/events/${eventId}/participants`), { participants: [directoryEntry] }],
    [/^\/registrations\/[^/]+\/recommendations/, { registrationId, recommendations: [] }],
    [/^\/registrations\/[^/]+\/agenda$/, { registrationId, entries: [], feedUrl: `https://example.org/registrations/${registrationId}/agenda.ics?token=x` }],
    [/^\/registrations\/[^/]+\/meeting-requests$/, { meetingRequests: [{ ...meeting, role: 'recipient', message: 'Shall we talk?', counterpart: person }] }],
    [/^\/registrations\/[^/]+\/meeting-slots/, { slots: [first, second] }],
    [/^\/registrations\/[^/]+$/, {
      registrationId, eventId, status: 'confirmed', firstName: 'Amina', lastName: 'Benali', email: 'amina@example.org', organisation: 'Maroc Numeric Cluster',
      country: 'MA', participantType: 'cluster-manager', sectors: ['ict'], programme: [], language: 'fr', directoryOptIn: true,
      profile: { offer: 'IoT platforms', request: 'Partners', offerTags: [], requestTags: [] }, unavailableSlotIds: [], createdAt: now, updatedAt: now,
      ticket: { token: 'bench-ticket-token-0123456789abcdef', code: 'ABCD-EFGH' },
    }],
    [/^\/meeting-requests\/[^/]+\/invitation$/, {
      meetingRequestId, eventId, status: 'pending', requester: { ...person, offer: 'Solar trackers', request: 'Distributors' }, message: 'Shall we talk?',
      proposedSlots: [first, second].map((slot) => ({ slotId: slot!.id, start: slot!.start, end: slot!.end })), participantsPickSlots: true, linkExpiresAt: '2019-04-10T00:00:00Z',
    }],
    [/^\/press-accreditations\/[^/]+\/review$/, {
      accreditationId, eventId, status: 'pending', createdAt: now, linkExpiresAt: '2019-04-10T00:00:00Z',
      request: { firstName: 'Jane', lastName: 'Doe', email: 'jane@lematin.example', mediaOutlet: 'Le Matin', mediaType: 'print', country: 'MA', coveragePlan: 'Interviews.', days: [event.startDate], language: 'fr' },
    }],
  ];
}

/** The pages measured, each as a person opens it (the token of an emailed link in the fragment). */
export const benchPages = [
  { name: 'event home', path: `/fr/events/${eventId}` },
  { name: 'registration', path: `/fr/events/${eventId}/register` },
  { name: 'press form', path: `/fr/events/${eventId}/press` },
  { name: 'my registration', path: `/fr/registrations/${registrationId}#token=bench` },
  { name: 'my meetings', path: `/fr/registrations/${registrationId}/meetings#token=bench` },
  { name: 'directory', path: `/fr/events/${eventId}/participants`, session: true },
  { name: 'meeting answer', path: `/fr/meeting-requests/${meetingRequestId}/answer#token=bench` },
  { name: 'press decision', path: `/fr/press-accreditations/${accreditationId}/decision#token=bench` },
] as const;
