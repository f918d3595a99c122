import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { badgeFontFiles } from '../../shared/badges/badge-fonts';
import { appFunctions, synthesizeStack, type SynthesizedStack } from './support/synth-stack';

/**
 * The functions as Lambda will load them: real esbuild bundles, each imported in a fresh Node
 * process from the cloud assembly (no node_modules next to it), with a valid configuration in the
 * environment. Catches what running the TypeScript sources locally cannot: externalised or
 * missing modules, CommonJS `require` of Node built-ins inside ESM, top-level code that throws.
 */
let synthesized: SynthesizedStack;
let bundles: { name: string; directory: string }[];

beforeAll(() => {
  synthesized = synthesizeStack({ bundle: true, nag: false });
  bundles = appFunctions(synthesized.template).map(([logicalId, fn]) => ({
    name: String(fn.Properties?.Description ?? logicalId),
    // The asset's S3 key is `<hash>.zip`; the cloud assembly holds it unzipped as `asset.<hash>`.
    directory: join(synthesized.outdir, `asset.${String((fn.Properties?.Code as { S3Key: string }).S3Key).replace(/\.zip$/, '')}`),
  }));
}, 300_000);

/** Dummy but valid values for everything shared/config/runtime-config.ts and the workers read at load. */
const environment = {
  PATH: process.env.PATH ?? '',
  AWS_REGION: 'eu-west-3',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  REGISTRATIONS_TABLE: 'test-Registrations',
  MEETING_REQUESTS_TABLE: 'test-MeetingRequests',
  CONFIRMATIONS_TABLE: 'test-Confirmations',
  PUBLIC_BASE_URL: 'https://api.example.com',
  SENDER_EMAIL: 'no-reply@example.com',
  SES_CONFIGURATION_SET: 'test-configuration-set',
  LOG_LEVEL: 'error',
  ALLOWED_ORIGINS: 'https://app.example.com',
  TOKEN_SIGNING_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:test-AbCdEf',
  DEAD_LETTER_QUEUE_URL: 'https://sqs.eu-west-3.amazonaws.com/123456789012/test-dlq',
};

/**
 * An API unit loads its routes lazily: load each one too, so a route module that fails to load is
 * caught here. zod registers its global registry when its modules are evaluated: whether it exists
 * right after the import tells whether the function paid for zod at load (cold start).
 */
const importAndDescribe = `
const module = await import(process.argv[1]);
const zodAtLoad = globalThis.__zod_globalRegistry !== undefined;
const routes = await Promise.all(Object.values(module.routes ?? {}).map(async (load) => typeof (await load()).handler));
console.log(JSON.stringify({ handler: typeof module.handler, routes: [...new Set(routes)], zodAtLoad }));
`;

/** The files of a bundle folder that `file` reads before it runs: itself and its static imports, transitively. */
function staticClosure(directory: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(directory, file), 'utf8');
  for (const [, imported] of source.matchAll(/(?:from|import)\s*"\.\/([\w-]+\.mjs)"/g)) staticClosure(directory, imported!, seen);
  return seen;
}

describe('Lambda bundles', () => {
  it('bundles an index.mjs and its chunks per function, without source maps; the scheduler also ships the SAT and LP solvers, the events unit the OpenAPI document, the badges unit the badge fonts', () => {
    expect(bundles.length).toBeGreaterThan(0);
    const withSolver = bundles.filter(({ directory }) => readdirSync(directory).includes('cadical.wasm'));
    expect(withSolver.map(({ name }) => name)).toEqual(['API routes createScheduleRun']);
    const withDocument = bundles.filter(({ directory }) => readdirSync(directory).includes('openapi.json'));
    expect(withDocument.map(({ name }) => name)).toEqual([expect.stringContaining('getOpenApiDocument')]);
    const withFonts = bundles.filter(({ directory }) => readdirSync(directory).includes('NotoSans-Regular.ttf'));
    expect(withFonts.map(({ name }) => name)).toEqual(['API routes getBadges']);
    const shipped = (directory: string, among: typeof bundles, files: readonly string[]) => (among.some((bundle) => bundle.directory === directory) ? files : []);
    for (const { name, directory } of bundles) {
      const extra = [...shipped(directory, withSolver, ['cadical.wasm', 'highs.wasm']), ...shipped(directory, withDocument, ['openapi.json']), ...shipped(directory, withFonts, badgeFontFiles)];
      const files = readdirSync(directory);
      expect(files, name).toContain('index.mjs');
      expect(files.filter((file) => !file.endsWith('.mjs')).sort(), name).toEqual([...extra].sort());
    }
  });

  it('splits lazily imported code into chunks beside index.mjs: an API unit reads no route at init', () => {
    for (const { name, directory } of bundles.filter((bundle) => bundle.name.startsWith('API routes'))) {
      const chunks = readdirSync(directory).filter((file) => file.endsWith('.mjs') && file !== 'index.mjs');
      expect(chunks.length, name).toBeGreaterThan(0);
      expect(statSync(join(directory, 'index.mjs')).size, name).toBeLessThan(10_000);
    }
  });

  it("an organiser list route reads the CSV and XLSX writers on an export only: they are lazy chunks, not in what its file imports statically", () => {
    const [organisers] = bundles.filter(({ directory }) => existsSync(join(directory, 'admin-list-registrations.mjs')));
    const files = readdirSync(organisers!.directory);
    const writers = { csv: 'CSV_INVALID_OPTION_HEADER', xlsx: 'xl/workbook.xml' };
    const holding = (marker: string, among: Iterable<string>) => [...among].filter((file) => readFileSync(join(organisers!.directory, file), 'utf8').includes(marker));
    const loaded = staticClosure(organisers!.directory, 'admin-list-registrations.mjs');
    for (const marker of Object.values(writers)) {
      expect(holding(marker, files.filter((file) => file.startsWith('admin-list-registrations'))), marker).toHaveLength(1);
      expect(holding(marker, loaded), marker).toEqual([]);
    }
  });

  it('lays out an API unit as one file per route: index.mjs loads nothing at init, and a route file with what it imports statically is at most 12 files (the bare SDK alone is 9; the split layout read up to 27)', () => {
    for (const { name, directory } of bundles.filter((bundle) => bundle.name.startsWith('API routes'))) {
      const dispatcher = readFileSync(join(directory, 'index.mjs'), 'utf8');
      expect(staticClosure(directory, 'index.mjs').size, name).toBe(1);
      const routeFiles = [...dispatcher.matchAll(/import\("\.\/([\w-]+\.mjs)"\)/g)].map((match) => match[1]!);
      expect(routeFiles.length, name).toBeGreaterThan(0);
      for (const routeFile of routeFiles) {
        expect(routeFile, name).not.toMatch(/^chunk-/);
        expect(staticClosure(directory, routeFile).size, `${name}: ${routeFile}`).toBeLessThanOrEqual(12);
      }
    }
  });

  it('the events unit serves the OpenAPI document and the 404/405 of unknown routes from the file next to its bundle', () => {
    const [events] = bundles.filter(({ directory }) => readdirSync(directory).includes('openapi.json'));
    const answer = `
const { handler } = await import(process.argv[1]);
const call = async (httpMethod, resource, path) => (await handler({ httpMethod, resource, path, headers: {}, requestContext: { requestId: 'test' } }, {})).statusCode;
console.log(JSON.stringify([await call('GET', '/openapi.json', '/openapi.json'), await call('GET', '/{proxy+}', '/nowhere'), await call('DELETE', '/events/{eventId}', '/events/x')]));
`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', answer, join(events!.directory, 'index.mjs')], { cwd: tmpdir(), env: environment, encoding: 'utf8', timeout: 30_000 });
    expect(result.stdout.trim(), result.stderr).toBe('[200,404,405]');
  });

  it('the scheduler bundle loads its SAT and LP solvers (WebAssembly) from next to itself', () => {
    const [scheduler] = bundles.filter(({ directory }) => readdirSync(directory).includes('cadical.wasm'));
    const code = readdirSync(scheduler!.directory).filter((file) => file.endsWith('.mjs')).map((file) => readFileSync(join(scheduler!.directory, file), 'utf8'));
    for (const wasm of ['cadical.wasm', 'highs.wasm']) {
      expect(code.some((source) => source.includes(`"${wasm}",import.meta.url`)), wasm).toBe(true);
      const compile = `await WebAssembly.compile(await import('node:fs').then((fs) => fs.readFileSync('${wasm}'))); console.log('compiled');`;
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', compile], { cwd: scheduler!.directory, encoding: 'utf8', timeout: 30_000 });
      expect(result.stdout.trim(), `${wasm}: ${result.stderr}`).toBe('compiled');
    }
  });

  const loaded = new Map<string, boolean>();

  it('loads every bundle (and every route of an API unit) in a fresh Node process and finds exported handler functions', () => {
    for (const { name, directory } of bundles) {
      const file = join(directory, 'index.mjs');
      expect(existsSync(file), name).toBe(true);
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', importAndDescribe, file], {
        cwd: directory,
        env: environment,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.status, `${name}\n${result.stderr}`).toBe(0);
      const described = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { handler: string; routes: string[]; zodAtLoad: boolean };
      expect({ handler: described.handler, routes: described.routes }, name).toEqual({ handler: 'function', routes: name.startsWith('API routes') ? ['function'] : [] });
      loaded.set(name, described.zodAtLoad);
    }
  }, 120_000);

  it('no function holds zod classic: runtime schemas are zod/mini (docs/deployment.md, "zod/mini on the runtime path")', () => {
    // Classic's schema constructors are named "ZodString", "ZodObject"…; mini's "ZodMiniString"…, core's "$ZodString".
    const classicConstructor = /["']Zod(String|Object|Optional|Pipe)["']/;
    const withClassic = bundles.filter(({ directory }) =>
      readdirSync(directory).some((file) => file.endsWith('.mjs') && classicConstructor.test(readFileSync(join(directory, file), 'utf8'))),
    );
    expect(withClassic.map(({ name }) => name)).toEqual([]);
  });

  it('API units evaluate zod only when a route that validates is first called, not at load', () => {
    const units = [...loaded].filter(([name]) => name.startsWith('API routes'));
    expect(units.length).toBeGreaterThan(0);
    expect(units.filter(([, zodAtLoad]) => zodAtLoad).map(([name]) => name)).toEqual([]);
  });

  it('the scheduler unit says "n of m wishes honoured" without carrying the email catalogues', () => {
    const scheduler = bundles.filter(({ name }) => name.includes('createScheduleRun'));
    expect(scheduler).toHaveLength(1);
    const files = readdirSync(scheduler[0]!.directory).filter((file) => file.endsWith('.mjs'));
    const source = files.map((file) => readFileSync(join(scheduler[0]!.directory, file), 'utf8')).join('\n');
    expect(source).toContain('wishes.honoured.other');
    // A message of every catalogue that the scheduler never sends.
    expect(source).not.toContain('subject.registration-confirmed');
  });

  it("no function carries pngjs or qrcode's renderers: the ticket's PNG is written with node:zlib (shared/check-in/bitmap-png.ts)", () => {
    // Messages of pngjs's parser and of qrcode's renderer helpers (lib/renderer/utils.js).
    const markers = ['Invalid file signature', 'Color should be defined as hex string'];
    const carrying = bundles.filter(({ directory }) =>
      readdirSync(directory).some((file) => file.endsWith('.mjs') && markers.some((marker) => readFileSync(join(directory, file), 'utf8').includes(marker))),
    );
    expect(carrying.map(({ name }) => name)).toEqual([]);
  });
});
