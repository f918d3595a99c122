import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiDocumentHash, recordedHash, webApiDocument } from '../../web/scripts/api-document';

describe('web/src/api/schema.d.ts', () => {
  it('was generated from the current route table (else run `npm run web:types`)', () => {
    const generated = readFileSync(new URL('../../web/src/api/schema.d.ts', import.meta.url), 'utf8');
    expect(recordedHash(generated)).toBe(apiDocumentHash(webApiDocument()));
  });
});
