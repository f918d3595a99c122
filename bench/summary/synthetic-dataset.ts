/**
 * A generated event dataset for the organiser summary's test and benchmark: registrations across
 * countries (EU, MENA, other), sectors, clusters and types, in every status; meeting requests in
 * every state; press accreditations; one confirmation email per registration in every delivery
 * status (none `pending`, which a running mailer would pick up), with some hard bounces; the
 * unsettled ones (`sending`, `retrying`) are dated now, so the sweeper (which re-drives only those
 * older than `staleAfterMinutes`) leaves them alone while a test reads the figures. Items
 * are written directly in their documented shapes (docs/data-model.md), deterministically from
 * a seed; the records are returned as the truth.
 */
import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { newConfirmation, confirmationStatusSortKey, unsettledStatuses, type ConfirmationRecord, type ConfirmationStatus } from '../../shared/confirmations/confirmation-record';
import type { EventDefinition } from '../../shared/events/event-definition';
import type { MeetingRecord, MeetingStatus } from '../../shared/meetings/meeting-record';
import type { AdminRegistration } from '../../shared/organisers/admin-records';
import { newPressRecord, pressStatusSortKey, type PressAccreditationRecord } from '../../shared/press/press-record';
import { newRegistrationRecord } from '../../shared/registrations/registration-record';
import { dynamo } from '../../shared/storage/dynamo-client';
import { seededRandom as random } from '../seeded-random';
import { syntheticMeeting } from '../synthetic-meeting';

export interface DatasetSize {
  registrations: number;
  meetings: number;
  press: number;
}

export interface Dataset {
  registrations: AdminRegistration[];
  meetings: MeetingRecord[];
  press: PressAccreditationRecord[];
  confirmations: ConfirmationRecord[];
}

export interface TableNames {
  registrations: string;
  meetingRequests: string;
  confirmations: string;
}

const countries = ['MA', 'MA', 'MA', 'EG', 'TN', 'LB', 'JO', 'PS', 'DZ', 'FR', 'ES', 'IT', 'DE', 'GR', 'MT', 'CY', 'BE', 'US', 'TR'];
const firstNames = ['أمينة', 'Élodie', 'Youssef', 'Zoë', 'محمد', 'Inmaculada', 'Jürgen', 'فاطمة', 'Ahmed', 'Chloé'];
const lastNames = ['بنعلي', 'Müller', 'El Fassi', 'Ruiz', 'الإدريسي', 'Lefèvre', 'Papadopoulos', 'حداد', 'Borg', 'Nuñez'];
/** Cells a spreadsheet would run as formulas, and plain ones. */
const organisations = ['=HYPERLINK("http://evil.example","x")', '+212 Cluster', '-Minus Cluster', '@SUM(A1:A2)', '\tTabbed Org', 'مجموعة المغرب الرقمية', 'Société Générale de Logistique', 'Plain Org'];
const participantTypes = ['cluster-manager', 'company', 'institution', 'research', 'other'] as const;
const meetingStatuses: MeetingStatus[] = ['pending', 'accepted', 'confirmed', 'declined', 'cancelled', 'expired'];
const deliveryStatuses: ConfirmationStatus[] = ['delivered', 'delivered', 'delivered', 'sent', 'sent', 'sending', 'bounced', 'complained', 'failed', 'retrying'];

const pick = <T>(next: () => number, values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

function registrationAt(event: EventDefinition, next: () => number, index: number, now: Date): AdminRegistration {
  const createdAt = minutesBefore(now, 60 * 24 * 20 - index);
  const status = index % 10 === 9 ? 'cancelled' : index % 10 === 8 ? 'waitlisted' : 'confirmed';
  const sectorIds = event.sectors.map((sector) => sector.id);
  const sectors = [...new Set([pick(next, sectorIds), ...(next() < 0.4 ? [pick(next, sectorIds)] : [])])];
  const cluster = next() < 0.8 ? pick(next, event.clusters).id : undefined;
  const programme = event.programme.filter(() => next() < 0.3).map((item) => item.id);
  const record = newRegistrationRecord({
    registrationId: ulid(),
    event,
    request: {
      firstName: pick(next, firstNames),
      lastName: pick(next, lastNames),
      email: `person${index}@example.org`,
      organisation: pick(next, organisations),
      ...(cluster ? { clusterId: cluster } : {}),
      country: pick(next, countries),
      participantType: pick(next, participantTypes),
      sectors,
      programme,
      language: pick(next, ['fr', 'en', 'ar'] as const),
      consent: true,
      directoryOptIn: next() < 0.7,
      digestOptIn: false,
      profile: { offer: 'Offer', request: 'Request', offerTags: [], requestTags: [] },
    },
    normalizedEmail: `person${index}@example.org`,
    status: status === 'cancelled' ? 'confirmed' : status,
    ...(status === 'waitlisted' ? { waitlistTicket: index } : {}),
    confirmationId: 'unset',
    now: createdAt,
  });
  return status === 'cancelled' ? { ...record, status, cancelledAt: minutesBefore(now, 60), gsi2pk: undefined, gsi2sk: undefined } : record;
}

function meetingAt(eventId: string, next: () => number, registrations: AdminRegistration[], index: number, now: Date): MeetingRecord {
  const status = meetingStatuses[index % meetingStatuses.length]!;
  // A skewed choice of whom to ask, so some participants are clearly the most requested.
  const to = registrations[Math.floor(next() ** 3 * registrations.length)]!;
  const from = registrations[(registrations.indexOf(to) + 1 + Math.floor(next() * (registrations.length - 1))) % registrations.length]!;
  return syntheticMeeting(eventId, from.registrationId, to.registrationId, status, minutesBefore(now, 600 - index));
}

function pressAt(event: EventDefinition, index: number, now: Date): PressAccreditationRecord {
  const status = (['pending', 'pending', 'pending', 'pending', 'approved', 'approved', 'approved', 'rejected', 'rejected', 'pending'] as const)[index % 10]!;
  const createdAt = minutesBefore(now, 60 * (5 + index * 7));
  const id = ulid();
  const record = newPressRecord({
    accreditationId: id,
    event,
    request: {
      firstName: pick(random(index), firstNames),
      lastName: 'Journaliste',
      email: `press${index}@example.org`,
      mediaOutlet: index % 2 === 0 ? 'Le Matin' : 'هسبريس',
      mediaType: 'online',
      country: 'MA',
      coveragePlan: 'Coverage',
      days: [event.startDate],
      language: 'fr',
      consent: true,
    },
    normalizedEmail: `press${index}@example.org`,
    emailIds: [],
    now: createdAt,
  });
  return { ...record, status, gsi1sk: pressStatusSortKey(status, createdAt, id) };
}

function confirmationOf(record: AdminRegistration, status: ConfirmationStatus, now: Date): ConfirmationRecord {
  const message = {
    kind: 'registration-confirmed' as const,
    recipient: { email: record.email, name: record.firstName, language: record.language },
    eventId: record.eventId,
    data: { registrationId: record.registrationId, firstName: record.firstName, lastName: record.lastName, organisation: record.organisation, programmeItemIds: record.programme },
  };
  const createdAt = unsettledStatuses.includes(status) ? now.toISOString() : record.createdAt;
  const confirmation = newConfirmation(message, record.registrationId, createdAt);
  return { ...confirmation, status, gsi1sk: confirmationStatusSortKey(status, confirmation.createdAt, confirmation.confirmationId), ...(status === 'bounced' ? { lastError: 'Bounce Permanent/General' } : {}) };
}

/** Generates the dataset in memory (no I/O). */
export function generateDataset(event: EventDefinition, size: DatasetSize, now = new Date(), seed = 42): Dataset {
  const next = random(seed);
  const generated = Array.from({ length: size.registrations }, (_, index) => registrationAt(event, next, index, now));
  const confirmations = generated.map((record, index) => confirmationOf(record, deliveryStatuses[index % deliveryStatuses.length]!, now));
  const registrations = generated.map((record, index) => {
    const confirmation = confirmations[index]!;
    const bounced = confirmation.status === 'bounced';
    return { ...record, emailIds: [confirmation.confirmationId], ...(bounced ? { emailUndeliverableAt: minutesBefore(now, 30) } : {}) };
  });
  const meetings = Array.from({ length: size.meetings }, (_, index) => meetingAt(event.id, next, registrations, index, now));
  const press = Array.from({ length: size.press }, (_, index) => pressAt(event, index, now));
  return { registrations, meetings, press, confirmations };
}

async function writeAll(tableName: string, items: readonly object[]): Promise<void> {
  for (let start = 0; start < items.length; start += 25) {
    let requests: unknown[] | undefined = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
    while (requests && requests.length > 0) {
      const { UnprocessedItems }: BatchWriteCommandOutput = await dynamo().send(new BatchWriteCommand({ RequestItems: { [tableName]: requests as never } }));
      requests = UnprocessedItems?.[tableName];
    }
  }
}

/** Writes the dataset into the tables (BatchWriteItem, 25 items a call). */
export async function writeDataset(tables: TableNames, dataset: Dataset): Promise<void> {
  await writeAll(tables.registrations, [...dataset.registrations, ...dataset.press]);
  await writeAll(tables.meetingRequests, dataset.meetings);
  await writeAll(tables.confirmations, dataset.confirmations);
}
