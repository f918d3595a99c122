import * as z from 'zod/mini';
import { participantTypes, registrationStatuses } from '../../../registrations/registration-vocabulary';
import { withMeta } from '../../../openapi/schema-metadata';
import { PageCursor } from '../../page-cursor';
import { lazySchema, type LazySchema } from '../../../openapi/lazy-schema';
import { csvMediaType, xlsxContentType } from '../../../organisers/export-media-types';
import { integerQuery } from '../../integer-query';
import { CountryCode } from '../../country-code';

export { AdminEventParams, adminProblems } from './admin-route-basics';

/** `limit` and `cursor` of every admin list; `Accept: text/csv` exports the whole filtered list instead. */
export const ListQuery = lazySchema(() => z.object({
  limit: integerQuery({ min: 1, max: 500, fallback: 100 }),
  cursor: z.optional(PageCursor()),
}));

export const AcceptHeader = lazySchema(() => z.object({ accept: z.optional(z.string()) }));

const Id = () => z.string().check(z.regex(/^[a-z0-9-]{1,80}$/, 'an id of the event'));

export const RegistrationListQuery = lazySchema(() => z.extend(ListQuery(), {
  status: z.optional(z.enum(registrationStatuses)),
  country: z.optional(CountryCode()),
  sector: z.optional(Id()),
  participantType: z.optional(z.enum(participantTypes)),
  cluster: z.optional(Id()),
  q: withMeta(z.optional(z.string().check(z.trim(), z.minLength(2, 'at least 2 characters'), z.maxLength(100))), { description: 'Words in the name, email or organisation (any case, any accents); every word must match.' }),
}));

export const statusQuery = <T extends readonly [string, ...string[]]>(statuses: T) => lazySchema(() => z.extend(ListQuery(), { status: z.optional(z.enum(statuses)) }));

export const listOf = (item: LazySchema, id: string): LazySchema =>
  lazySchema(() => withMeta(z.object({ items: z.array(item()), nextCursor: withMeta(z.optional(z.string()), { description: 'Pass as `cursor` for the next page; absent on the last page.' }) }), { id }));

/** The answers every admin route can give before it does anything. */
export const csvNote = 'With `Accept: text/csv`: every matching row as CSV (UTF-8 with BOM; cells starting with = + - @ tab or CR are prefixed with \').';

/** The media types a list's `Accept` header chooses besides JSON (shared/organisers/list-response.ts). */
export const csvExport = [csvMediaType] as const;
export const csvAndXlsxExports = [csvMediaType, xlsxContentType] as const;

export const xlsxNote = 'With `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: the same rows and columns as an Excel workbook (text cells as strings, never formulas); logged like the CSV.';
