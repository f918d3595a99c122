import * as z from 'zod/mini';
import { ulidParameter } from './path-parameters';
import { lazySchema } from '../openapi/lazy-schema';

/**
 * The small schemas that routes of every area share (a registration's path id, the cancel query, the
 * `Idempotency-Key` header), apart from the registration bodies and views of `registration-api.ts`:
 * a route that only names a registration in its path should not construct those at its cold start.
 */
export const RegistrationPathParams = lazySchema(() => z.object({
  registrationId: ulidParameter('must be a registration id (ULID)'),
}));

export const CancelQuery = lazySchema(() => z.object({
  erase: z.pipe(z._default(z.enum(['true', 'false']), 'false'), z.transform((value) => value === 'true')),
}));

export const IdempotencyKey = lazySchema(() => z.string().check(
  z.regex(/^[\x21-\x7e]{8,128}$/, 'must be 8 to 128 visible ASCII characters (a UUID is a good choice)'),
));

/** The `Idempotency-Key` header of the routes that create (a retried POST answers what the first did). */
export const IdempotencyHeaders = lazySchema(() => z.object({ 'idempotency-key': z.optional(IdempotencyKey()) }));
