import type { HttpResult } from '../http/http-result';
import { decodeCursor, encodeCursor } from '../storage/cursor';
import type { EventDefinition } from '../events/event-definition';
import { csvContentType } from './csv';
import { csvMediaType } from './export-media-types';
import type { ExportAudit } from './export-log';
import { recordExport } from './export-log-store';
import { queryAll, queryMatching, type PartitionQuery } from './partition-query';
import { wantsXlsx, xlsxContentType } from './xlsx';

export interface ListRequest {
  limit: number;
  cursor?: string;
  /** The request's Accept header: `text/csv` asks for the export. */
  accept?: string;
  /** Who exports what: every CSV export is logged before it is served (required, so no list can forget). */
  audit: { event: EventDefinition } & ExportAudit;
}

export interface ListDefinition<T> {
  query: PartitionQuery;
  /** JSON items of one page. */
  toItems: (rows: T[]) => Promise<unknown[]> | unknown[];
  /** The whole (filtered) list as CSV. */
  toCsv: (rows: T[]) => Promise<string> | string;
  /** The same as an Excel workbook, for lists that offer it (`Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`). */
  toXlsx?: (rows: T[]) => Promise<Buffer>;
  /** The CSV's name; the workbook's is the same with `.xlsx`. */
  filename: string;
}

export const wantsCsv = (accept: string | undefined): boolean => accept?.toLowerCase().includes(csvMediaType) ?? false;

/**
 * A list route's answer: one page of JSON (`items`, `nextCursor` while more remain), or, with
 * `Accept: text/csv`, every matching row as CSV (filters apply; limit and cursor do not).
 */
export async function listResponse<T>(request: ListRequest, list: ListDefinition<T>): Promise<HttpResult> {
  if (list.toXlsx && wantsXlsx(request.accept)) return xlsxResponse(request, list as ListDefinition<T> & { toXlsx: NonNullable<ListDefinition<T>['toXlsx']> });
  if (wantsCsv(request.accept)) {
    const rows = await queryAll<T>(list.query);
    const { event, ...audit } = request.audit;
    await recordExport(event, audit, rows.length);
    const body = await list.toCsv(rows);
    return { status: 200, contentType: csvContentType, headers: { 'Content-Disposition': `attachment; filename="${list.filename}"` }, body };
  }
  const startKey = decodeCursor(
    request.cursor,
    ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
    { attribute: 'gsi1pk', value: list.query.partition },
    list.query.sortKeyPrefix === undefined ? undefined : { attribute: 'gsi1sk', prefix: list.query.sortKeyPrefix },
  );
  const page = await queryMatching<T>(list.query, request.limit, startKey);
  const nextCursor = encodeCursor(page.lastKey);
  return { status: 200, body: { items: await list.toItems(page.items), ...(nextCursor ? { nextCursor } : {}) } };
}

/** Every matching row as a workbook, logged first like the CSV (the log says `format: xlsx`). */
async function xlsxResponse<T>(request: ListRequest, list: ListDefinition<T> & { toXlsx: (rows: T[]) => Promise<Buffer> }): Promise<HttpResult> {
  const rows = await queryAll<T>(list.query);
  const { event, ...audit } = request.audit;
  await recordExport(event, { ...audit, format: 'xlsx' }, rows.length);
  const filename = list.filename.replace(/\.csv$/, '.xlsx');
  return { status: 200, contentType: xlsxContentType, headers: { 'Content-Disposition': `attachment; filename="${filename}"` }, body: (await list.toXlsx(rows)).toString('base64'), isBase64Encoded: true };
}

/** Storage attributes organisers have no use for (keys, indexes, guards), removed from JSON items. */
export function withoutStorageAttributes(item: object): Record<string, unknown> {
  const hidden = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'expiresAt', 'entityType', 'normalizedEmail', 'emailIds', 'tokenVersion', 'leaseExpiresAt']);
  return Object.fromEntries(Object.entries(item).filter(([name]) => !hidden.has(name)));
}
