import * as z from 'zod/mini';
import { lazySchema } from '../openapi/lazy-schema';

/**
 * The version of the consent text a person agreed to, as the web forms send it (registration and
 * press accreditation): kept with the record, so what was agreed to can be shown later.
 */
export const consentVersion = lazySchema(() => z.string().check(z.regex(/^[A-Za-z0-9._-]{1,40}$/, 'must be the version of the consent text shown, such as 2019-01')));
