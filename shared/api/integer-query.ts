import * as z from 'zod/mini';

const decimalDigits = /^[0-9]+$/;

/**
 * A query parameter that is a whole number in [min, max], `fallback` when absent (`limit` of every
 * list). Only decimal digits are read as a number: `Number()` (zod's coerce) would also take `0x10`,
 * `1e1`, `" 16"` and `""`, which a client should hear about rather than have guessed. Any other text
 * stays a string and fails the number check, so every refusal is one error with one message; the
 * range checks stop at the first failure, so `100000000000000000000` is not also named "not a safe
 * integer". The OpenAPI document reads the inner schema: integer, minimum, maximum, default.
 */
export function integerQuery(range: { min: number; max: number; fallback: number }) {
  const message = `must be a decimal integer from ${range.min} to ${range.max}`;
  return z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && decimalDigits.test(value) ? Number(value) : value)),
    z._default(
      z.number({ error: message }).check(z.gte(range.min, { error: message, abort: true }), z.lte(range.max, { error: message, abort: true }), z.int({ error: message })),
      range.fallback,
    ),
  );
}
