import { runtimeConfig } from '../config/runtime-config';
import type { EventDefinition } from '../events/event-definition';
import { waitlistPositions } from '../registrations/registration-store';
import { eventRegistrationsPartition } from '../storage/keys';
import type { AdminRegistration } from './admin-records';
import { adminRegistrationView } from './admin-registration-view';
import type { ListDefinition } from './list-response';
import { registrationColumns, registrationsCsv } from './registration-csv';
import { toXlsx } from './xlsx';
import { registrationFilter, type RegistrationFilters } from './registration-filters';
import { registrationSearch } from './registration-search';

/** The event's registrations, oldest first, filtered (access pattern 16). */
export function registrationList(event: EventDefinition, filters: RegistrationFilters): ListDefinition<AdminRegistration> {
  const filter = registrationFilter(filters);
  return {
    query: {
      tableName: runtimeConfig().REGISTRATIONS_TABLE,
      partition: eventRegistrationsPartition(event.id),
      ...(filter ? { filter } : {}),
      ...(filters.q ? { keep: registrationSearch(filters.q) } : {}),
    },
    toItems: async (rows) => {
      const positions = await waitlistPositions(rows);
      return rows.map((row) => adminRegistrationView(row, positions.get(row.registrationId)));
    },
    toCsv: (rows) => registrationsCsv(event, rows),
    toXlsx: (rows) => toXlsx(registrationColumns(event), rows),
    filename: `registrations-${event.id}.csv`,
  };
}
