import { config } from 'zod/mini';
import type { $ZodRawIssue } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';
import { once } from './once';

/**
 * A field the body or query leaves out reads "is required", not zod's "Invalid input: expected
 * string, received undefined" (or, for a choice, "Invalid option: expected one of …"): the reader did
 * not send a wrong value, they sent nothing. A field sent as `null`, a wrong type or a value outside
 * the choices keeps zod's words, which name what was expected; a schema's own message (consent's
 * "must be true: …") takes precedence over this one in zod.
 */
const requiredFieldMessage = (issue: $ZodRawIssue): string | undefined =>
  (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined ? 'is required' : undefined;

/**
 * Makes zod word its issues in English ("Invalid input: expected string, received number"), as the
 * field errors of a 400 always have. zod classic configures its English locale when it loads;
 * zod/mini (the runtime's zod: a fraction of classic's size and cold start) loads no locale, and
 * without one every issue zod words itself would read "Invalid input". Messages the schemas give
 * ("must not be empty") need no locale; a missing field gets ours (`requiredFieldMessage`). Called by shared/validation.ts only, the one validation entry point.
 */
export const useEnglishZodMessages: () => void = once(() => {
  config({ ...en(), customError: requiredFieldMessage });
});
