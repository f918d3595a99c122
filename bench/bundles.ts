/**
 * Part 1a: every deployed function bundled exactly as the CDK stack bundles it (esbuild with the
 * `bundling` options exported by infra/constructs/app-function.ts), plus a baseline bundle per
 * function that only constructs the same AWS SDK clients.
 */
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundling } from '../infra/constructs/app-function';
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
  outfile: string;
  bytes: number;
  /** Bytes each input module contributes to this bundle (metafile output inputs). */
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

const handledBundlingKeys = new Set(['format', 'minify', 'target', 'mainFields', 'externalModules', 'bundleAwsSDK', 'sourceMap', 'banner', 'charset']);

/**
 * The esbuild options `NodejsFunction` derives from the stack's `bundling` (aws-lambda-nodejs
 * Bundling.buildEsbuildArgs): --bundle --platform=node --format --target --minify --external
 * --banner:js --main-fields --charset. Fails loudly if the stack starts using an option not mapped here.
 */
export function esbuildOptionsFrom(options: BundlingOptions): BuildOptions {
  const unhandled = Object.entries(options).filter(([key, value]) => value !== undefined && !handledBundlingKeys.has(key));
  if (unhandled.length > 0) throw new Error(`bench/bundles.ts does not mirror bundling option(s) ${unhandled.map(([key]) => key).join(', ')}`);
  if (options.sourceMap) throw new Error('bench/bundles.ts does not mirror sourceMap: true');
  const external = options.externalModules ?? (options.bundleAwsSDK ? [] : ['@aws-sdk/*']);
  return {
    bundle: true,
    platform: 'node',
    absWorkingDir: repoRoot,
    ...(options.format ? { format: options.format === 'esm' ? 'esm' : 'cjs' } : {}),
    ...(options.target ? { target: options.target } : {}),
    minify: options.minify ?? false,
    external,
    ...(options.mainFields ? { mainFields: options.mainFields } : {}),
    ...(options.banner ? { banner: { js: options.banner } } : {}),
    ...(options.charset ? { charset: options.charset === 'utf8' ? 'utf8' : 'ascii' } : {}),
    metafile: true,
    logLevel: 'warning',
  };
}

export const stackEsbuildOptions = (): BuildOptions => esbuildOptionsFrom(bundling);

/** The options that shape a bundle, in one line for the report. */
export function describeEsbuildOptions(options: BuildOptions): string {
  const { format, platform, target, minify, mainFields, external, banner, charset } = options;
  return [
    `format ${format}`,
    `platform ${platform}`,
    `target ${String(target)}`,
    minify ? 'minified' : 'not minified',
    `mainFields ${mainFields?.join(',')}`,
    external?.length ? `external ${external.join(',')}` : 'no externals (AWS SDK bundled)',
    banner?.js ? 'createRequire banner' : 'no banner',
    `charset ${charset ?? 'ascii'}`,
  ].join(', ');
}

/** Lambda's file name for an ESM bundle (NodejsFunction writes index.mjs). */
const bundleFile = 'index.mjs';

function bundleOf(metafile: Metafile, outfile: string): Bundle {
  const output = Object.entries(metafile.outputs).find(([path]) => resolve(repoRoot, path) === outfile)?.[1];
  if (!output) throw new Error(`esbuild wrote no ${outfile}`);
  const inputs = Object.fromEntries(Object.entries(output.inputs).map(([path, { bytesInOutput }]) => [path, bytesInOutput]));
  return { outfile, bytes: statSync(outfile).size, inputs, graph: metafile.inputs };
}

/**
 * All functions in one esbuild run (each entry still gets its own self-contained bundle, as
 * without code splitting every entry is bundled on its own): parsing shared modules once keeps
 * this fast as the number of functions grows. Bundles land in `<directory>/<id>/index.mjs`.
 */
async function bundleEntries(entries: readonly FunctionEntry[], directory: string): Promise<Map<string, Bundle>> {
  const result = await build({
    ...stackEsbuildOptions(),
    entryPoints: entries.map((entry) => ({ in: fromRoot(entry.entry), out: join(entry.id, 'index') })),
    outdir: directory,
    outExtension: { '.js': '.mjs' },
  });
  return new Map(entries.map((entry) => [entry.id, bundleOf(result.metafile!, join(directory, entry.id, bundleFile))]));
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
  const outfile = join(directory, bundleFile);
  mkdirSync(directory, { recursive: true });
  const result = await build({ ...stackEsbuildOptions(), stdin: { contents, resolveDir: repoRoot, loader: 'ts', sourcefile: 'bench-baseline.ts' }, outfile });
  return bundleOf(result.metafile!, outfile);
}

/**
 * Bundles every function and its baseline. Functions that use the same SDK clients share one
 * baseline bundle (same source, same bytes), so it is built and measured once.
 */
export async function bundleAll(directory: string): Promise<FunctionBundle[]> {
  const entries = functionEntries();
  const bundles = await bundleEntries(entries, directory);
  const baselines = new Map<string, Promise<Bundle>>();
  const baselineFor = (sdkPackages: string[]) => {
    const key = sdkPackages.join(',');
    if (!baselines.has(key)) baselines.set(key, bundleBaseline(sdkPackages, join(directory, `baseline-${baselines.size}`)));
    return baselines.get(key)!;
  };
  const functions: FunctionBundle[] = [];
  for (const entry of entries) {
    const bundle = bundles.get(entry.id)!;
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
