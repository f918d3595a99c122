import * as z from 'zod/mini';
import { lazySchema } from '../openapi/lazy-schema';
import { eventIdPattern } from './event-id-pattern';

/**
 * A path parameter: bounded in length as well as shaped, so the bound is in the OpenAPI document and
 * the gate can refuse an id before it looks a resource up with it (DynamoDB refuses a key over 2,048
 * bytes with an error that became a 500: issue 19). The length check aborts, so a 5,000-character id
 * gets one message, the same as any other malformed id.
 */
function pathParameter(pattern: RegExp, maxLength: number, message: string) {
  return z.string().check(z.maxLength(maxLength, { error: message, abort: true }), z.regex(pattern, message));
}

/** An id the API mints: a ULID (26 characters of Crockford's base 32). */
export const ulidParameter = (message: string) => pathParameter(/^[0-9A-HJKMNP-TV-Z]{26}$/, 26, message);

/** An event id, chosen by the organiser when the event is created. */
export const eventIdParameter = () => pathParameter(eventIdPattern, 64, 'an event id: 3 to 64 lower-case letters, digits or hyphens');

/**
 * The path of every `/events/{eventId}/…` route. Here rather than with the event's response schema
 * (`event-api.ts`), which the routes that only name an event need not construct at their cold start.
 */
export const EventPathParams = lazySchema(() => z.object({
  eventId: eventIdParameter(),
}));

/** A console session id: 16 random bytes in base64url (shared/organisers/organiser-session.ts). */
export const sessionIdParameter = () => pathParameter(/^[A-Za-z0-9_-]{22}$/, 22, 'a console session id: 22 letters, digits, "-" or "_"');
