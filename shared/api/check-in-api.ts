import * as z from 'zod/mini';
import { participantTypes, registrationStatuses } from '../registrations/registration-vocabulary';
import { withMeta } from '../openapi/schema-metadata';
import { lazySchema } from '../openapi/lazy-schema';

/** At most this many people per door search: the door wants a short list to pick from, not the register. */
export const doorSearchLimit = 20;
/**
 * Searches one key may run in a minute at the door (shared/check-in/door-search-allowance.ts). A person at the
 * desk types a name and presses Enter a few times a minute at most; a lost door phone or a copied key must not
 * read the attendee list two letters at a time.
 */
export const doorSearchesPerMinute = 30;

/** A scan at the door: the QR code's ticket token, the code typed from the ticket, or a door search's result. */
export const CheckInRequest = lazySchema(() => withMeta(z.strictObject({
  ticket: withMeta(z.optional(z.string().check(z.minLength(1), z.maxLength(200))), { description: 'The content of the ticket QR code.' }),
  code: withMeta(z.optional(z.string().check(z.minLength(1), z.maxLength(20))), { description: 'The ticket code as typed (`ABCD-EFGH`; case, spaces and hyphens do not matter).' }),
  registrationId: withMeta(z.optional(z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a registration id (ULID)'))), {
    description: 'A result of the door search (`GET …/check-ins?q=`), for an attendee without their ticket.',
  }),
  scannedAt: withMeta(z.optional(z.iso.datetime({ offset: true })), { description: 'When the scan happened, for scans queued offline; later than now, or before the registration was made (less 5 minutes of clock drift), counts as now.' }),
}).check(
  z.refine((body) => [body.ticket, body.code, body.registrationId].filter((field) => field !== undefined).length === 1, {
    message: 'send exactly one of ticket, code and registrationId',
    path: ['ticket'],
  }),
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

/** What the door search asks: words of a name, organisation or email (the console's search). */
export const DoorSearchQuery = lazySchema(() => z.object({
  q: withMeta(z.string().check(z.trim(), z.minLength(2, 'at least 2 characters'), z.maxLength(100)), {
    description: 'Words in the name, organisation or email (any case, any accents); every word must match.',
  }),
}));

/**
 * One person found at the door: what the door needs to let them in and nothing more (no email,
 * country, ticket code or profile, though the email is searched).
 */
export const DoorSearchResult = lazySchema(() => withMeta(z.object({
  items: z.array(z.object({
    registrationId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    organisation: z.string(),
    status: z.enum(registrationStatuses),
    checkedInAt: withMeta(z.optional(z.string()), { description: 'When the attendee was checked in; absent: not yet.' }),
  })),
  more: withMeta(z.boolean(), { description: `More people match than the ${doorSearchLimit} listed: type more of the name.` }),
}), { id: 'DoorSearchResult' }));
export type DoorSearchResult = z.infer<ReturnType<typeof DoorSearchResult>>;
