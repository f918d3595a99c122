import * as z from 'zod/mini';
import { participantTypes, registrationStatuses } from '../registrations/registration-vocabulary';
import { withMeta } from '../openapi/schema-metadata';
import { lazySchema } from '../openapi/lazy-schema';

/** A scan at the door: the QR code's ticket token, or the code typed from the ticket. */
export const CheckInRequest = lazySchema(() => withMeta(z.strictObject({
  ticket: withMeta(z.optional(z.string().check(z.minLength(1), z.maxLength(200))), { description: 'The content of the ticket QR code.' }),
  code: withMeta(z.optional(z.string().check(z.minLength(1), z.maxLength(20))), { description: 'The ticket code as typed (`ABCD-EFGH`; case, spaces and hyphens do not matter).' }),
  scannedAt: withMeta(z.optional(z.iso.datetime({ offset: true })), { description: 'When the scan happened, for scans queued offline; later than now counts as now.' }),
}).check(
  z.refine((body) => (body.ticket === undefined) !== (body.code === undefined), { message: 'send exactly one of ticket and code', path: ['ticket'] }),
), { id: 'CheckInRequest' }));
export type CheckInRequest = z.output<ReturnType<typeof CheckInRequest>>;

export const CheckInResult = lazySchema(() => withMeta(z.object({
  outcome: z.enum(['checked-in', 'already-checked-in', 'not-admitted']),
  alreadyCheckedIn: z.boolean(),
  /** When the attendee was first checked in (the first scan), for `checked-in` and `already-checked-in`. */
  checkedInAt: z.optional(z.string()),
  reason: withMeta(z.optional(z.enum(['waitlisted', 'cancelled', 'revoked'])), { description: 'Why a `not-admitted` ticket does not open the door.' }),
  attendee: z.object({
    registrationId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    organisation: z.string(),
    country: z.string(),
    participantType: z.enum(participantTypes),
    status: z.enum(registrationStatuses),
  }),
}), { id: 'CheckInResult' }));
export type CheckInResult = z.infer<ReturnType<typeof CheckInResult>>;
