import type { EventDefinition } from '../events/event-definition';
import type { AdminRegistration } from './admin-records';
import { toCsv, type CsvColumn } from './csv';
import { regionOf } from './region';

/** The registrations export: one row per registration, ids as the API has them, names of clusters resolved. */
export function registrationColumns(event: EventDefinition): CsvColumn<AdminRegistration>[] {
  const clusterName = (id: string | undefined) => event.clusters.find((cluster) => cluster.id === id)?.name;
  return [
    { header: 'registrationId', value: (r) => r.registrationId },
    { header: 'status', value: (r) => r.status },
    { header: 'createdAt', value: (r) => r.createdAt },
    { header: 'cancelledAt', value: (r) => r.cancelledAt },
    // An erased registration is a cancelled one whose personal cells are blank: this says why they are.
    { header: 'erasedAt', value: (r) => r.erasedAt },
    { header: 'checkedInAt', value: (r) => r.checkedInAt },
    { header: 'firstName', value: (r) => r.firstName },
    { header: 'lastName', value: (r) => r.lastName },
    { header: 'email', value: (r) => r.email },
    { header: 'emailUndeliverableAt', value: (r) => r.emailUndeliverableAt },
    { header: 'phone', value: (r) => r.phone },
    { header: 'organisation', value: (r) => r.organisation },
    { header: 'jobTitle', value: (r) => r.jobTitle },
    { header: 'country', value: (r) => r.country },
    { header: 'region', value: (r) => regionOf(r.country) },
    { header: 'participantType', value: (r) => r.participantType },
    { header: 'clusterId', value: (r) => r.clusterId },
    { header: 'clusterName', value: (r) => clusterName(r.clusterId) },
    { header: 'sectors', value: (r) => r.sectors.join(';') },
    { header: 'programme', value: (r) => r.programme.join(';') },
    { header: 'language', value: (r) => r.language },
    { header: 'directoryOptIn', value: (r) => r.directoryOptIn },
    { header: 'accessibilityNeeds', value: (r) => r.accessibilityNeeds },
    { header: 'offer', value: (r) => r.profile?.offer },
    { header: 'request', value: (r) => r.profile?.request },
  ];
}

export const registrationsCsv = (event: EventDefinition, rows: readonly AdminRegistration[]) => toCsv(registrationColumns(event), rows);
