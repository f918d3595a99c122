/**
 * Generates web/src/api/schema.d.ts from the API's own OpenAPI document, built in-process from
 * the route table (the document GET /openapi.json serves), with openapi-typescript.
 *
 * openapi-typescript 7 needs TypeScript 5's compiler API, and this repo builds with TypeScript 7
 * (no JS API), so the generator runs through `npm exec` with its own TypeScript 5 instead of being
 * a devDependency (npm refuses the peer conflict). The output is committed; its first line records
 * the hash of the document it came from, and test/web/api-types.test.ts fails when it is stale.
 *
 *   npm run web:types
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiDocumentHash, webApiDocument } from './api-document';

const output = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const documentFile = join(mkdtempSync(join(tmpdir(), 'rendezvous-openapi-')), 'openapi.json');
const document = webApiDocument();
writeFileSync(documentFile, JSON.stringify(document));

execFileSync(
  'npm',
  ['exec', '--yes', '--package=openapi-typescript@7.13.0', '--package=typescript@5.9.3', '--', 'openapi-typescript', documentFile, '-o', output],
  { stdio: 'inherit', cwd: tmpdir() },
);

const generated = readFileSync(output, 'utf8');
writeFileSync(output, `// openapi-document-sha256: ${apiDocumentHash(document)}\n${generated}`);
console.log(`wrote ${output}`);
