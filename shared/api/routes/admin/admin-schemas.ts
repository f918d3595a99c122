import * as z from 'zod';
import { participantTypes, registrationStatuses } from '../../../registrations/registration-vocabulary';

export { AdminEventParams, adminProblems } from './admin-route-basics';

/** `limit` and `cursor` of every admin list; `Accept: text/csv` exports the whole filtered list instead. */
export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().min(1).max(2_000).optional(),
});

export const AcceptHeader = z.object({ accept: z.string().optional() });

const Id = z.string().regex(/^[a-z0-9-]{1,80}$/, 'an id of the event');

export const RegistrationListQuery = ListQuery.extend({
  status: z.enum(registrationStatuses).optional(),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code').optional(),
  sector: Id.optional(),
  participantType: z.enum(participantTypes).optional(),
  cluster: Id.optional(),
  q: z.string().trim().min(2, 'at least 2 characters').max(100).optional().meta({ description: 'Words in the name, email or organisation (any case, any accents); every word must match.' }),
});

export const statusQuery = <T extends readonly [string, ...string[]]>(statuses: T) => ListQuery.extend({ status: z.enum(statuses).optional() });

export const listOf = (item: z.ZodType, id: string) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional().meta({ description: 'Pass as `cursor` for the next page; absent on the last page.' }) }).meta({ id });

/** The answers every admin route can give before it does anything. */
export const csvNote = 'With `Accept: text/csv`: every matching row as CSV (UTF-8 with BOM; cells starting with = + - @ tab or CR are prefixed with \').';

export const xlsxNote = 'With `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: the same rows and columns as an Excel workbook (text cells as strings, never formulas); logged like the CSV.';
