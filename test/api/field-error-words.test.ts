import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain-error';
import { HttpProblem } from '../../shared/http/problem';
import { validateBody } from '../../shared/http/parse-request';
import { createRegistrationRoute } from '../../shared/api/routes/create-registration';
import { applySettings } from '../../shared/organisers/event-settings';
import type { EventSettingsChange } from '../../shared/organisers/event-settings-schema';
import { repoRoot } from '../../infra/paths';
import { testEvent } from '../support/test-event';

/**
 * The words of the field errors zod writes itself. The runtime's zod/mini loads no locale (zod
 * classic loads English as it loads); this file imports no classic, so unless the one validation
 * entry point (shared/validation.ts) configures English, every message below would read "Invalid input".
 */
const problemOf = (body: unknown): HttpProblem => {
  try {
    validateBody(createRegistrationRoute, { value: body, errors: [] });
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  throw new Error('the body was accepted');
};

const settingsErrorOf = (change: unknown): DomainError => {
  try {
    applySettings(testEvent(), change as EventSettingsChange);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the change was accepted');
};

/** Product modules under `folder` (relative to the repository root), recursively. */
const modulesUnder = (folder: string): string[] =>
  readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));

describe('field errors (problem+json errors[])', () => {
  // First in the file, so that no request validation has configured zod before it: the non-request
  // path (an organiser's event change, validated against the whole definition) must do it itself.
  it('word an event change\'s errors in English with nothing validated before it (the non-request path)', () => {
    expect(config().localeError, 'zod was configured before this test: it would prove nothing').toBeUndefined();
    const messages = Object.fromEntries(settingsErrorOf({ capacity: 'many' }).fields.map((field) => [field.path, field.message]));
    expect(messages).toMatchObject({ capacity: 'Invalid input: expected number, received string' });
  });

  it('say "is required" of a field left out, a choice (language) included, and keep a schema\'s own words (consent)', () => {
    const messages = Object.fromEntries(problemOf({ firstName: 'Amina' }).errors!.map((error) => [error.path, error.message]));
    expect(messages).toMatchObject({ lastName: 'is required', language: 'is required', sectors: 'is required' });
    expect(messages.consent).toMatch(/^must be true/);
  });

  it('name every bad field at once, in zod\'s English words where the schema gives none', () => {
    const messages = Object.fromEntries(problemOf({ firstName: 3, email: 'x', language: 'de', consent: false, days: 'a' }).errors!.map((error) => [error.path, error.message]));
    expect(messages).toMatchObject({
      firstName: 'Invalid input: expected string, received number',
      lastName: 'is required',
      sectors: 'is required',
      language: 'Invalid option: expected one of "fr"|"en"|"ar"',
      email: 'must be an email address',
      consent: 'must be true: registration needs consent to process your data',
      days: 'is not a known field',
    });
  });

  it('validates through one entry point: no other product module calls parse/safeParse or configures zod\'s messages', () => {
    // shared/email/address.ts only asks whether an address is valid (no words shown).
    const allowed = new Set(['shared/validation.ts', 'shared/email/address.ts']);
    const offenders = [...modulesUnder('shared'), ...modulesUnder('functions')]
      .filter((file) => !allowed.has(file))
      .filter((file) => {
        const source = readFileSync(join(repoRoot, file), 'utf8');
        return /(?<!JSON|Date)\.(safeParse|parse)\(/.test(source) || source.includes("/zod-messages'");
      });
    expect(offenders).toEqual([]);
  });
});
