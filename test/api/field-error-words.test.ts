import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../shared/http/problem';
import { validateBody } from '../../shared/http/parse-request';
import { createRegistrationRoute } from '../../shared/api/routes/create-registration';

/**
 * The words of the field errors zod writes itself. The runtime's zod/mini loads no locale (zod
 * classic loads English as it loads); this file imports no classic, so without
 * `useEnglishZodMessages()` every message below would read "Invalid input".
 */
const problemOf = (body: unknown): HttpProblem => {
  try {
    validateBody(createRegistrationRoute, body);
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  throw new Error('the body was accepted');
};

describe('field errors (problem+json errors[])', () => {
  it('name every bad field at once, in zod\'s English words where the schema gives none', () => {
    const messages = Object.fromEntries(problemOf({ firstName: 3, email: 'x', language: 'de', consent: false, days: 'a' }).errors!.map((error) => [error.path, error.message]));
    expect(messages).toMatchObject({
      firstName: 'Invalid input: expected string, received number',
      lastName: 'Invalid input: expected string, received undefined',
      sectors: 'Invalid input: expected array, received undefined',
      language: 'Invalid option: expected one of "fr"|"en"|"ar"',
      email: 'must be an email address',
      consent: 'must be true: registration needs consent to process your data',
      '(body)': 'Unrecognized key: "days"',
    });
  });
});
