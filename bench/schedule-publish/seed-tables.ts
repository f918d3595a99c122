/**
 * The untimed set-up: N confirmed registrations and M meetings accepted without a slot, written
 * straight into DynamoDB Local in the shapes the product writes (a registration as
 * `newRegistrationRecord` makes it; a meeting as `answerWithoutSlot` leaves it, with both
 * participation copies). Not written, because nothing in "Schedule all" reads them: the
 * email-uniqueness guards, the event counters, the requesters' pending counters and the
 * registration and request emails (which the running mailer would otherwise send).
 */
import { ulid } from 'ulid';
import type { EventDefinition } from '../../shared/events/event-definition';
import { participationItems } from '../../shared/meetings/meeting-items';
import type { MeetingRecord } from '../../shared/meetings/meeting-record';
import { newRegistrationRecord, type RegistrationRecord } from '../../shared/registrations/registration-record';
import { batchPutAll } from '../../shared/storage/batch-put';
import { syntheticMeeting } from '../synthetic-meeting';

export interface SeedTables {
  registrations: string;
  meetingRequests: string;
}

const languages = ['fr', 'en', 'ar'] as const;
const countries = ['MA', 'MA', 'TN', 'EG', 'FR', 'ES', 'IT', 'DE'];

function participantAt(event: EventDefinition, index: number, now: string): RegistrationRecord {
  const email = `bench-participant-${index}@example.org`;
  const record = newRegistrationRecord({
    registrationId: ulid(),
    event,
    request: {
      firstName: `Participant`,
      lastName: `${index}`,
      email,
      organisation: `Cluster ${index % 37}`,
      country: countries[index % countries.length]!,
      participantType: 'cluster-manager',
      sectors: [event.sectors[index % event.sectors.length]!.id],
      programme: [],
      language: languages[index % languages.length]!,
      consent: true,
      directoryOptIn: true,
      digestOptIn: false,
      profile: { offer: 'Logistics partners', request: 'Distributors', offerTags: [], requestTags: [] },
    },
    normalizedEmail: email,
    status: 'confirmed',
    confirmationId: 'none',
    now,
  });
  return { ...record, emailIds: [] };
}

export interface SeededEvent {
  registrations: RegistrationRecord[];
  meetings: MeetingRecord[];
}

/** Writes the registrations, then the meetings and both participation copies of each. */
export async function seedAcceptedMeetings(tables: SeedTables, event: EventDefinition, participants: number, pairs: readonly [number, number][]): Promise<SeededEvent> {
  const now = new Date().toISOString();
  const registrations = Array.from({ length: participants }, (_, index) => participantAt(event, index, now));
  const meetings = pairs.map(([from, to]) => syntheticMeeting(event.id, registrations[from]!.registrationId, registrations[to]!.registrationId, 'accepted', now));
  const copies = meetings.flatMap((meeting) => participationItems(meeting).map((item) => item.Put!.Item!));
  await batchPutAll(tables.registrations, registrations as unknown as Record<string, unknown>[]);
  await batchPutAll(tables.meetingRequests, [...(meetings as unknown as Record<string, unknown>[]), ...copies]);
  return { registrations, meetings };
}
