import type { EventDefinition } from '../events/event-definition';
import { fullName, type AdminRegistration } from './admin-records';
import { regionOf } from './region';
import type { OrganiserSummaryFigures } from './summary-figures';
import { countInto, isAfter, tally } from './tally';

const isActive = (record: AdminRegistration) => record.status !== 'cancelled';

/** Registrations by status, region, country, sector, cluster and participant type (active ones), and the new ones. */
export function registrationFigures(records: readonly AdminRegistration[], previousAt: string | undefined): OrganiserSummaryFigures['registrations'] {
  const active = records.filter(isActive);
  return {
    byStatus: countInto(['confirmed', 'waitlisted', 'cancelled'], records, (record) => record.status),
    newSincePrevious: records.filter((record) => isAfter(record.createdAt, previousAt)).length,
    checkedIn: records.filter((record) => record.status === 'confirmed' && record.checkedInAt !== undefined).length,
    byRegion: countInto(['eu', 'mena', 'other'], active, (record) => regionOf(record.country)),
    byCountry: tally(active, (record) => record.country),
    bySector: tally(active, (record) => record.sectors),
    byCluster: tally(active, (record) => record.clusterId ?? 'none'),
    byParticipantType: tally(active, (record) => record.participantType),
  };
}

export function cancellationFigures(records: readonly AdminRegistration[], previousAt: string | undefined): OrganiserSummaryFigures['cancellations'] {
  const cancelled = records.filter((record) => record.status === 'cancelled');
  return { total: cancelled.length, sincePrevious: cancelled.filter((record) => isAfter(record.cancelledAt, previousAt)).length };
}

/** Seats held by confirmed attendees per programme item, and the fill rate of items with a capacity. */
export function programmeFigures(event: EventDefinition, records: readonly AdminRegistration[]): OrganiserSummaryFigures['programme'] {
  const held = tally(
    records.filter((record) => record.status === 'confirmed'),
    (record) => record.programme,
  );
  return event.programme.map((item) => {
    const taken = held.find((entry) => entry.key === item.id)?.count ?? 0;
    if (item.capacity === undefined) return { itemId: item.id, taken };
    return { itemId: item.id, taken, capacity: item.capacity, fillRate: Math.round((taken / item.capacity) * 1000) / 1000 };
  });
}

/** Registrations whose address hard-bounced, most recent first. */
export function undeliverableRegistrations(records: readonly AdminRegistration[]) {
  return records
    .filter((record) => record.emailUndeliverableAt !== undefined)
    .sort((a, b) => (a.emailUndeliverableAt! < b.emailUndeliverableAt! ? 1 : -1))
    .map((record) => ({ registrationId: record.registrationId, name: fullName(record), email: record.email, since: record.emailUndeliverableAt! }));
}
