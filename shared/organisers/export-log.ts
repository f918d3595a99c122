import { ulid } from 'ulid';
import { eventExportsPartition, exportLogKey } from '../storage/keys';
import type { OrganiserAuthorizerContext } from './authorizer-policy';

/** The admin lists that export CSV (each row holds personal data). */
export type ExportedList = 'registrations' | 'meetings' | 'press-accreditations' | 'confirmations';

/** Who asks for an export, of what: written down before the file leaves (docs/organisers.md, "Export log"). */
export interface ExportAudit {
  eventId: string;
  organiser: OrganiserAuthorizerContext;
  list: ExportedList;
  /** The filters as the request gave them (absent ones left out). */
  filter: Record<string, string | undefined>;
  /** The file's format; absent: CSV. */
  format?: 'xlsx';
}

export interface ExportLogRecord {
  pk: string;
  sk: 'EXPORT';
  entityType: 'export';
  exportId: string;
  eventId: string;
  list: ExportedList;
  filter: Record<string, string>;
  format?: 'xlsx';
  rows: number;
  /** The organiser key used, directly or through the console session named next. */
  keyId: string;
  sessionId?: string;
  at: string;
  gsi1pk: string;
  gsi1sk: string;
  /** Kept as long as the registrations it lists (epoch seconds; the table's TTL). */
  expiresAt: number;
}

export function newExportLogRecord(audit: ExportAudit, rows: number, now: Date, expiresAt: number): ExportLogRecord {
  const exportId = ulid(now.getTime());
  const filter = Object.fromEntries(Object.entries(audit.filter).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const at = now.toISOString();
  return {
    ...exportLogKey(exportId),
    entityType: 'export',
    exportId,
    eventId: audit.eventId,
    list: audit.list,
    filter,
    ...(audit.format ? { format: audit.format } : {}),
    rows,
    keyId: audit.organiser.keyId,
    ...(audit.organiser.sessionId ? { sessionId: audit.organiser.sessionId } : {}),
    at,
    gsi1pk: eventExportsPartition(audit.eventId),
    gsi1sk: `${at}#${exportId}`,
    expiresAt,
  };
}
