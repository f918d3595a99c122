/**
 * Part 1a: every deployed function bundled by the CDK stack's own code path (`bundleFunction` of
 * infra/bundling/function-bundle.ts: ESM with code splitting, an API unit one file per route), plus
 * a baseline bundle per function that only constructs the same AWS SDK clients. A bundle is an
 * `index.mjs` and the files beside it; what is measured is what a cold start loads (`coldLoad`).
 */
import { build, type Metafile } from 'esbuild';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleFunction, functionEsbuildOptions } from '../infra/bundling/function-bundle';
import { fromRoot, repoRoot } from '../infra/paths';
import { deploymentUnits } from '../functions/units/index';
import { scheduledWorkers, streamWorkers } from '../shared/workers/index';

export type FunctionKind = 'api unit' | 'stream worker' | 'scheduled worker';

export interface FunctionEntry {
  id: string;
  kind: FunctionKind;
  /** Handler module relative to the repository root. */
  entry: string;
}

export interface Bundle {
  /** The bundle's `index.mjs` (what identifies it in the cold-start samples). */
  outfile: string;
  /** The files a cold start loads, `index.mjs` first (absolute paths). */
  files: string[];
  /** Their bytes: the figure compared with the baseline. */
  bytes: number;
  /** Every file esbuild wrote (what is deployed; chunks of other routes included). */
  deployedBytes: number;
  /** For an API unit, the route module whose cold start loads the most (the one measured). */
  heaviestRoute?: string;
  /** Bytes each input module contributes to the loaded files (metafile output inputs). */
  inputs: Record<string, number>;
  /** The import graph of the build the bundle came from (metafile inputs). */
  graph: Metafile['inputs'];
}

export interface FunctionBundle extends FunctionEntry {
  bundle: Bundle;
  /** SDK packages the project's own modules import (what the baseline constructs). */
  sdkPackages: string[];
  /** SDK packages that are only in the bundle through other packages. */
  transitiveSdkPackages: string[];
  baseline: Bundle;
}

export function functionEntries(): FunctionEntry[] {
  return [
    ...deploymentUnits.map((unit) => ({ id: unit.id, kind: 'api unit' as const, entry: unit.entry })),
    ...streamWorkers.map((worker) => ({ id: worker.id, kind: 'stream worker' as const, entry: worker.entry })),
    ...scheduledWorkers.map((worker) => ({ id: worker.id, kind: 'scheduled worker' as const, entry: worker.entry })),
  ];
}

/** The options that shape a bundle, in one line for the report. */
export function describeEsbuildOptions(): string {
  const { format, platform, target, minify, mainFields, external, banner, charset, splitting } = functionEsbuildOptions;
  return [
    `format ${format}`,
    `platform ${platform}`,
    `target ${String(target)}`,
    minify ? 'minified' : 'not minified',
    `mainFields ${mainFields?.join(',')}`,
    external?.length ? `external ${external.join(',')}` : 'no externals (AWS SDK bundled)',
    banner?.js ? 'createRequire banner' : 'no banner',
    `charset ${charset ?? 'ascii'}`,
    splitting ? 'code splitting' : 'one file',
    'API units one file per route (a second esbuild pass)',
  ].join(', ');
}

const isSdkModule = (path: string) => /node_modules\/(@aws-sdk|@smithy|@aws-crypto)\//.test(path);

/**
 * Modules whose `import()`s are alternatives, like an API unit's routes: the mailer's first email
 * is in one language (one catalogue; every email kind's template is in index.mjs, docs/emails.md),
 * so a cold start loads one of them. The heaviest is measured.
 */
const alternativeImporters: readonly RegExp[] = [/(^|\/)shared\/email\/i18n\/load-language\.ts$/];

/**
 * Modules whose `import()`s only an export request takes (`Accept: text/csv` or the workbook's type
 * on an organiser list): the CSV and XLSX writers. A list route is measured on its JSON page, the
 * request an organiser's console makes; the first export in a container then loads the writer
 * (csv-stringify 11 KB, fflate 9 KB).
 */
const exportPathImporters: readonly RegExp[] = [/(^|\/)shared\/organisers\/(csv|xlsx)\.ts$/];

interface AlternativeGroup {
  importer: RegExp;
  /** The inputs the importers load with `import()`. */
  targets: Set<string>;
}

function alternativeGroups(metafile: Metafile): AlternativeGroup[] {
  return alternativeImporters.map((importer) => ({
    importer,
    targets: new Set(
      Object.entries(metafile.inputs).flatMap(([path, input]) =>
        importer.test(path) ? input.imports.filter((imported) => imported.kind === 'dynamic-import').map((imported) => imported.path) : [],
      ),
    ),
  }));
}

/**
 * The chunks a cold start loads, from the metafile: the entry's static imports, and the targets
 * of every `import()` written outside the AWS SDK (our lazy routes, templates; a
 * package's own lazy parts). The SDK's own `import()`s (credential providers other than the
 * environment's, which Lambda uses) are left out of function and baseline alike, and so are the
 * export writers' (`exportPathImporters`). An API unit's
 * `import()`s of its routes are alternatives: a cold start takes one route, so the unit is
 * measured on the route that loads the most; so are the mailers' languages
 * (`alternativeImporters`): the language that adds the most bytes is counted.
 */
export function coldLoad(metafile: Metafile, entryOutput: string, routesAreAlternatives: boolean): { outputs: string[]; route?: string } {
  const groups = alternativeGroups(metafile);
  const isAlternative = (input: string) => groups.some((group) => group.targets.has(input));
  const followed = new Set(
    Object.entries(metafile.inputs).flatMap(([path, input]) =>
      isSdkModule(path) || exportPathImporters.some((importer) => importer.test(path))
        ? []
        : input.imports.filter((imported) => imported.kind === 'dynamic-import' && !isAlternative(imported.path)).map((imported) => imported.path),
    ),
  );
  const reach = (starts: string[], dynamic: boolean): Set<string> => {
    const seen = new Set<string>();
    for (let queue = [...starts], next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      for (const imported of metafile.outputs[next]?.imports ?? []) {
        const lazy = imported.kind === 'dynamic-import';
        if (imported.external || (lazy && (!dynamic || !followed.has(metafile.outputs[imported.path]?.entryPoint ?? '')))) continue;
        queue.push(imported.path);
      }
    }
    return seen;
  };
  const bytesOf = (outputs: Set<string>) => [...outputs].reduce((sum, output) => sum + metafile.outputs[output]!.bytes, 0);
  /** `loaded` plus the alternative (with what it loads) that adds the most bytes. */
  const withHeaviest = (loaded: Set<string>, alternatives: string[]): { outputs: Set<string>; chosen?: string } => {
    const candidates = alternatives.map((chosen) => ({ chosen, outputs: new Set([...loaded, ...reach([chosen], true)]) }));
    return candidates.sort((a, b) => bytesOf(b.outputs) - bytesOf(a.outputs))[0] ?? { outputs: loaded };
  };
  let loaded = reach([entryOutput], !routesAreAlternatives);
  let route: string | undefined;
  if (routesAreAlternatives) {
    const routes = (metafile.outputs[entryOutput]?.imports ?? []).filter((imported) => imported.kind === 'dynamic-import').map((imported) => imported.path);
    const heaviest = withHeaviest(loaded, routes);
    loaded = heaviest.outputs;
    route = heaviest.chosen === undefined ? undefined : metafile.outputs[heaviest.chosen]?.entryPoint;
  }
  for (const { importer, targets } of groups) {
    const importerLoaded = [...loaded].some((output) => Object.keys(metafile.outputs[output]!.inputs).some((input) => importer.test(input)));
    if (!importerLoaded) continue;
    const alternatives = Object.keys(metafile.outputs).filter((output) => targets.has(metafile.outputs[output]!.entryPoint ?? ''));
    loaded = withHeaviest(loaded, alternatives).outputs;
  }
  return { outputs: [entryOutput, ...[...loaded].filter((output) => output !== entryOutput)], ...(route ? { route } : {}) };
}

function bundleOf(metafile: Metafile, directory: string, routesAreAlternatives: boolean): Bundle {
  const outfile = join(directory, 'index.mjs');
  const entryOutput = Object.keys(metafile.outputs).find((path) => resolve(repoRoot, path) === outfile);
  if (!entryOutput) throw new Error(`esbuild wrote no ${outfile}`);
  const { outputs, route } = coldLoad(metafile, entryOutput, routesAreAlternatives);
  const inputs: Record<string, number> = {};
  for (const output of outputs) {
    for (const [path, { bytesInOutput }] of Object.entries(metafile.outputs[output]!.inputs)) inputs[path] = (inputs[path] ?? 0) + bytesInOutput;
  }
  const files = outputs.map((output) => resolve(repoRoot, output));
  return {
    outfile,
    files,
    bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    deployedBytes: Object.keys(metafile.outputs).reduce((sum, output) => sum + statSync(resolve(repoRoot, output)).size, 0),
    ...(route ? { heaviestRoute: route } : {}),
    inputs,
    graph: metafile.inputs,
  };
}

/** One function bundled by the stack's own code path (`bundleFunction`), in `<directory>/<id>/`. */
function bundleEntry(entry: FunctionEntry, directory: string): Bundle {
  const outdir = join(directory, entry.id);
  return bundleOf(bundleFunction(entry.entry, outdir), outdir, entry.kind === 'api unit');
}

const sdkPackagePattern = /^@aws-sdk\/(client-[^/]+|lib-dynamodb)$/;

const packageOfPath = (path: string): string | undefined => {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return match?.[1];
};

const isProjectInput = (path: string) => !path.includes('node_modules/');

/** SDK client packages imported by the project's own modules, and those only present transitively. */
export function sdkPackagesOf(bundle: Bundle): { direct: string[]; transitive: string[] } {
  const direct = new Set<string>();
  const present = new Set<string>();
  for (const path of Object.keys(bundle.inputs)) {
    const owner = packageOfPath(path);
    if (owner && sdkPackagePattern.test(owner)) present.add(owner);
    if (!isProjectInput(path)) continue;
    for (const imported of bundle.graph[path]?.imports ?? []) {
      const name = (imported.original ?? '').split('/').slice(0, 2).join('/');
      if (sdkPackagePattern.test(name)) direct.add(name);
    }
  }
  return { direct: [...direct].sort(), transitive: [...present].filter((name) => !direct.has(name)).sort() };
}

/** The exported `...Client` class of an SDK client package (one per package). */
async function clientClassName(packageName: string): Promise<string> {
  const exported = Object.keys((await import(packageName)) as Record<string, unknown>);
  const clients = exported.filter((name) => /^[A-Z]\w*Client$/.test(name));
  if (clients.length !== 1) throw new Error(`${packageName}: expected one *Client export, found ${clients.join(', ') || 'none'}`);
  return clients[0]!;
}

/** A handler that imports the SDK clients and constructs them on first invocation only. */
export async function baselineSource(sdkPackages: readonly string[]): Promise<string> {
  const clientPackages = sdkPackages.filter((name) => name !== '@aws-sdk/lib-dynamodb');
  const documentClient = sdkPackages.includes('@aws-sdk/lib-dynamodb');
  if (documentClient && !clientPackages.includes('@aws-sdk/client-dynamodb')) clientPackages.push('@aws-sdk/client-dynamodb');
  const classes = await Promise.all(clientPackages.map(async (name) => ({ name, className: await clientClassName(name) })));
  const imports = classes.map(({ name, className }) => `import { ${className} } from '${name}';`);
  const constructions = classes.map(({ className }) =>
    documentClient && className === 'DynamoDBClient' ? 'DynamoDBDocumentClient.from(new DynamoDBClient({}))' : `new ${className}({})`,
  );
  return [
    ...imports,
    ...(documentClient ? ["import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';"] : []),
    'let clients: unknown[] | undefined;',
    'export const handler = async () => {',
    `  clients ??= [${constructions.join(', ')}];`,
    '  return { statusCode: 200, body: String(clients.length) };',
    '};',
    '',
  ].join('\n');
}

export async function bundleBaseline(sdkPackages: readonly string[], directory: string): Promise<Bundle> {
  const contents = await baselineSource(sdkPackages);
  const result = await build({
    ...functionEsbuildOptions,
    stdin: { contents, resolveDir: repoRoot, loader: 'ts', sourcefile: 'bench-baseline.ts' },
    outdir: directory,
    metafile: true,
  });
  return bundleOf(result.metafile!, directory, false);
}

/**
 * Bundles every function and its baseline. Functions that use the same SDK clients share one
 * baseline bundle (same source, same bytes), so it is built and measured once.
 */
export async function bundleAll(directory: string): Promise<FunctionBundle[]> {
  const baselines = new Map<string, Promise<Bundle>>();
  const baselineFor = (sdkPackages: string[]) => {
    const key = sdkPackages.join(',');
    if (!baselines.has(key)) baselines.set(key, bundleBaseline(sdkPackages, join(directory, `baseline-${baselines.size}`)));
    return baselines.get(key)!;
  };
  const functions: FunctionBundle[] = [];
  for (const entry of functionEntries()) {
    const bundle = bundleEntry(entry, directory);
    const { direct, transitive } = sdkPackagesOf(bundle);
    functions.push({ ...entry, bundle, sdkPackages: direct, transitiveSdkPackages: transitive, baseline: await baselineFor(direct) });
  }
  return functions;
}

export interface PackageShare {
  name: string;
  bytes: number;
}

/** Bytes of the bundle each package (or the project's own code) accounts for, largest first. */
export function packageShares(bundle: Bundle): PackageShare[] {
  const totals = new Map<string, number>();
  for (const [path, bytes] of Object.entries(bundle.inputs)) {
    const name = packageOfPath(path) ?? '(project)';
    totals.set(name, (totals.get(name) ?? 0) + bytes);
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/**
 * The shortest import chain from the entry to the first module of `packageName`, found by
 * walking the metafile's import graph breadth-first (how a package got into a bundle).
 */
export function importChain(bundle: Bundle, entry: string, packageName: string): string[] | undefined {
  const start = Object.keys(bundle.graph).find((path) => resolve(repoRoot, path) === fromRoot(entry));
  if (!start) return undefined;
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (packageOfPath(current) === packageName) {
      const chain: string[] = [];
      for (let node: string | null | undefined = current; node; node = previous.get(node)) chain.unshift(node);
      return chain;
    }
    for (const imported of bundle.graph[current]?.imports ?? []) {
      if (imported.external || previous.has(imported.path)) continue;
      previous.set(imported.path, current);
      queue.push(imported.path);
    }
  }
  return undefined;
}

export interface HeavyImport {
  packageName: string;
  /** Its bytes in the largest bundle that has it. */
  bytes: number;
  functions: string[];
  /** Per function: the shortest import chain from its handler to the package, from its metafile. */
  chains: Record<string, string[]>;
}

const isSdkPackage = (name: string) => name.startsWith('@aws-sdk/') || name.startsWith('@smithy/') || name.startsWith('@aws-crypto/');

/** Packages other than the AWS SDK that weigh at least `minBytes` in some bundle, with how they got in. */
export function heavyImports(bundles: readonly FunctionBundle[], minBytes = 100 * 1024): HeavyImport[] {
  const found = new Map<string, { bytes: number; owners: FunctionBundle[] }>();
  for (const bundle of bundles) {
    for (const share of packageShares(bundle.bundle)) {
      if (share.bytes < minBytes || share.name === '(project)' || isSdkPackage(share.name)) continue;
      const entry = found.get(share.name) ?? { bytes: 0, owners: [] };
      entry.bytes = Math.max(entry.bytes, share.bytes);
      entry.owners.push(bundle);
      found.set(share.name, entry);
    }
  }
  return [...found].map(([packageName, { bytes, owners }]) => ({
    packageName,
    bytes,
    functions: owners.map((owner) => owner.id),
    chains: Object.fromEntries(owners.map((owner) => [owner.id, importChain(owner.bundle, owner.entry, packageName) ?? []])),
  }));
}
