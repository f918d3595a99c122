import { readFileSync } from 'node:fs';

/**
 * The published OpenAPI document, as `npm run web:types` writes it (published-document.ts). The events
 * unit ships it next to its bundle (functions/units/index.ts `bundledFiles`) and reads it on the first
 * request that needs it: inlined, its 90 KB would be part of every cold start of the unit.
 */
export const openApiDocumentFile = 'shared/openapi/openapi.json';

interface DocumentFile {
  paths: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

let document: DocumentFile | undefined;

// Next to this module in the repository, next to index.mjs in a Lambda bundle.
const documentFile = (): DocumentFile => (document ??= JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')) as DocumentFile);

/** The OpenAPI document of this deployment: the file built from the route table, with this API's URL. */
export const servedOpenApiDocument = (serverUrl: string): Record<string, unknown> => ({ ...documentFile(), servers: [{ url: serverUrl }] });

export interface DocumentedPath {
  template: string;
  methods: string[];
}

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Every path template of the API with its methods, read from the document (no route module loaded). */
export const documentedPaths = (): DocumentedPath[] =>
  Object.entries(documentFile().paths).map(([template, item]) => ({
    template,
    methods: Object.keys(item)
      .filter((key) => httpMethods.has(key))
      .map((method) => method.toUpperCase()),
  }));
