import * as z from 'zod/mini';
import { countryCodes } from '../geo/countries';

/** A country as ISO 3166-1 alpha-2, any case on input, upper case after: registrations, press requests, the directory's filter. */
export const CountryCode = () => z.string().check(
  z.trim(),
  z.toUpperCase(),
  z.refine((code) => countryCodes.has(code), 'must be an ISO 3166-1 alpha-2 country code'),
);
