/**
 * Writes shared/openapi/openapi.json, the OpenAPI document GET /openapi.json serves, from the route
 * table, then the web app's API types (web/scripts/generate-api-types.ts). Run by `npm run web:types`
 * after any change of routes or schemas; one entry, so that `npm run web:types -- --help` reaches it
 * (npm passes arguments to the last command of a script only).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publishedOpenApiDocument } from '../shared/openapi/published-document';
import { parseScriptArguments } from './script-arguments';

const usage = {
  usage: 'npm run web:types',
  description: 'Writes shared/openapi/openapi.json (the document GET /openapi.json serves) from the route table, then the web app\'s API types.',
};
parseScriptArguments(usage, {});

const output = fileURLToPath(new URL('../shared/openapi/openapi.json', import.meta.url));
writeFileSync(output, `${JSON.stringify(publishedOpenApiDocument(), null, 1)}\n`);
console.log(`wrote ${output}`);
await import('../web/scripts/generate-api-types');
