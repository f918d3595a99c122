import { runtimeConfig } from '../config/runtime-config';
import type { EventDefinition } from '../events/event-definition';
import { eventPressPartition, type PressAccreditationRecord } from '../press/press-record';
import { toCsv } from './csv';
import { withoutStorageAttributes, type ListDefinition } from './list-response';

function pressCsv(rows: PressAccreditationRecord[]): Promise<string> {
  return toCsv<PressAccreditationRecord>(
    [
      { header: 'accreditationId', value: (p) => p.accreditationId },
      { header: 'status', value: (p) => p.status },
      { header: 'createdAt', value: (p) => p.createdAt },
      { header: 'firstName', value: (p) => p.firstName },
      { header: 'lastName', value: (p) => p.lastName },
      { header: 'email', value: (p) => p.email },
      { header: 'phone', value: (p) => p.phone },
      { header: 'mediaOutlet', value: (p) => p.mediaOutlet },
      { header: 'mediaType', value: (p) => p.mediaType },
      { header: 'country', value: (p) => p.country },
      // What the press desk checks at the door and what the contacts decided on, as in the JSON list.
      { header: 'pressCardNumber', value: (p) => p.pressCardNumber },
      { header: 'assignmentLetterUrl', value: (p) => p.assignmentLetterUrl },
      { header: 'portfolioUrl', value: (p) => p.portfolioUrl },
      { header: 'days', value: (p) => p.days.join(';') },
      { header: 'coveragePlan', value: (p) => p.coveragePlan },
      { header: 'language', value: (p) => p.language },
      { header: 'decidedBy', value: (p) => p.decision?.decidedBy },
      { header: 'decidedAt', value: (p) => p.decision?.decidedAt },
      { header: 'reason', value: (p) => p.decision?.reason },
    ],
    rows,
  );
}

/** The event's press accreditations, by status then age (access pattern 18). */
export function pressList(event: EventDefinition, status: string | undefined): ListDefinition<PressAccreditationRecord> {
  return {
    query: { tableName: runtimeConfig().REGISTRATIONS_TABLE, partition: eventPressPartition(event.id), ...(status ? { sortKeyPrefix: `${status}#` } : {}) },
    toItems: (rows) => rows.map(withoutStorageAttributes),
    toCsv: pressCsv,
    filename: `press-accreditations-${event.id}.csv`,
  };
}
