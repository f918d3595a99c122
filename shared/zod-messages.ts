import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { once } from './once';

/**
 * Makes zod word its issues in English ("Invalid input: expected string, received number"), as the
 * field errors of a 400 always have. zod classic configures its English locale when it loads;
 * zod/mini (the runtime's zod: a fraction of classic's size and cold start) loads no locale, and
 * without one every issue zod words itself would read "Invalid input". Messages the schemas give
 * ("must not be empty") need no locale. Called by shared/validation.ts only, the one validation entry point.
 */
export const useEnglishZodMessages: () => void = once(() => {
  config(en());
});
