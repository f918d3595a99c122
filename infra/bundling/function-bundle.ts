import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { buildSync, type BuildOptions, type BuildResult, type Metafile } from 'esbuild';
import { fromRoot, repoRoot } from '../paths';

/**
 * How every Lambda function is bundled: ESM, minified, everything bundled (the AWS SDK too: we pin
 * its version and skip the runtime's copy), UTF-8 output (esbuild's default escapes every
 * non-ASCII character as `\uXXXX`, six bytes for one Arabic letter). Bundled CommonJS dependencies
 * that `require()` Node built-ins need a real `require` in an ES module, hence the banner.
 *
 * **Code splitting**: each `import()` of our code (the mailers' templates and languages, the XLSX
 * writer, the SAT solver) becomes a chunk file beside `index.mjs`, read and evaluated only when a
 * request first takes that path. One file (what `NodejsFunction` writes) cannot do that: esbuild
 * then wraps every lazily reached module and everything it imports, which keeps the whole index of
 * each AWS SDK client (about 60 KB per unit). Chunks stay in the bundle's own folder so that
 * `new URL(file, import.meta.url)` (the SAT solver's WebAssembly, the OpenAPI document, the badge
 * fonts) finds the files shipped beside it whatever chunk the code lands in.
 */
export const functionEsbuildOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  minify: true,
  charset: 'utf8',
  mainFields: ['module', 'main'],
  external: [],
  sourcemap: false,
  splitting: true,
  entryNames: 'index',
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  absWorkingDir: repoRoot,
  logLevel: 'warning',
};

/** Lambda's handler: `index.mjs` exports `handler`. */
export const functionHandler = 'index.handler';

/** A deployment unit's entry (functions/units/<id>.ts): it dispatches to route modules with `import('../<route>')`. */
const unitEntryDirectory = 'functions/units/';

export const isUnitEntry = (entry: string): boolean => entry.startsWith(unitEntryDirectory);

/**
 * Bundles `entry` (relative to the repository root) into `outdir` and copies `files` (relative to
 * the repository root) beside it, for code that reads them at run time. Returns esbuild's metafile
 * of everything written, as if one build had written it (what bench/bundles.ts measures).
 *
 * A worker is one esbuild run: `index.mjs` and its chunks. A deployment unit is laid out as
 * **one file per route** (docs/deployment.md, "One file per route"): `index.mjs` is the unit's
 * dispatcher alone (a few hundred bytes) and imports `./<route>.mjs`, which holds everything the
 * route needs at load; only its lazy parts are chunks. Left to esbuild, a unit's routes share
 * chunks: each module used by a different subset of routes is a chunk of its own, and a cold
 * start read 12-29 files where the bare SDK reads 9, at about 1 ms of CPU a file.
 */
export function bundleFunction(entry: string, outdir: string, files: readonly string[] = []): Metafile {
  mkdirSync(outdir, { recursive: true });
  const metafile = isUnitEntry(entry) ? bundleUnit(entry, outdir) : writeBuild(buildSync({ ...functionEsbuildOptions, entryPoints: [fromRoot(entry)], outdir, metafile: true, write: false }));
  for (const file of files) copyFileSync(fromRoot(file), join(outdir, basename(file)));
  return metafile;
}

/**
 * Writes a build's files. A unit's route builds share its folder: a file that another build of the
 * same bundle (`written`) already wrote would be a wrong import, so it throws.
 */
function writeBuild(result: BuildResult<{ metafile: true; write: false }>, written = new Set<string>()): Metafile {
  for (const file of result.outputFiles) {
    if (written.has(file.path)) throw new Error(`${file.path}: two builds wrote one file`);
    written.add(file.path);
    writeFileSync(file.path, file.contents);
  }
  return result.metafile;
}

/**
 * A unit in two esbuild passes. The first bundles the unit's TypeScript once (every route an
 * `import()` of the dispatcher, so esbuild resolves, parses and tree-shakes the SDK once per unit)
 * into a scratch folder: each route a chunk, sharing many small chunks with other routes. The
 * second re-bundles each route chunk alone from that JavaScript (a few hundred ms, where a build
 * from source takes seconds): its static imports merge into `<route>.mjs`, and its `import()`s
 * (templates, languages, the XLSX writer) stay lazy chunks, named after the route. The dispatcher
 * is the unit's module alone, its `import()`s pointed at the route files.
 */
function bundleUnit(entry: string, outdir: string): Metafile {
  const scratch = mkdtempSync(join(tmpdir(), 'rendezvous-unit-'));
  try {
    const split = buildSync({ ...functionEsbuildOptions, entryPoints: [fromRoot(entry)], outdir: scratch, metafile: true }).metafile;
    const routes = (split.inputs[entry]?.imports ?? []).filter((imported) => imported.kind === 'dynamic-import');
    if (routes.length === 0) throw new Error(`${entry} imports no route module`);
    const merged: Metafile = { inputs: split.inputs, outputs: {} };
    /** Each route's specifier in the unit's source (`../get-event`) → its route file. */
    const routeFiles = new Map<string, string>();
    const written = new Set<string>();
    for (const route of routes) {
      const chunk = Object.keys(split.outputs).find((output) => split.outputs[output]!.entryPoint === route.path);
      if (!chunk || !route.original) throw new Error(`${entry}: esbuild wrote no chunk for ${route.path}`);
      const routeName = basename(route.path).replace(/\.ts$/, '');
      const rebundled = writeBuild(
        buildSync({
          ...functionEsbuildOptions,
          // Each module of the first pass already starts with the banner's `require`; a second one would clash.
          banner: {},
          entryNames: '[name]',
          // Chunks named after their route: no two routes share a file, so no module (SDK clients, caches, registries) is half shared.
          chunkNames: `${routeName}-[name]-[hash]`,
          entryPoints: [{ in: resolve(repoRoot, chunk), out: routeName }],
          outdir,
          metafile: true,
          write: false,
        }),
        written,
      );
      for (const [output, meta] of Object.entries(rebundled.outputs)) {
        merged.outputs[output] = { ...meta, ...sourcesOf(meta, split) };
        if (merged.outputs[output]!.entryPoint === route.path) routeFiles.set(route.original, output);
      }
    }
    const [indexOutput, index] = writeDispatcher(entry, outdir, routeFiles);
    merged.outputs[indexOutput] = index;
    return merged;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The unit's own module (the route table and `unitHandler`) alone in `index.mjs`, each route's
 * `import('../<route>')` turned into `import('./<route>.mjs')`. Returns its metafile output.
 */
function writeDispatcher(entry: string, outdir: string, routeFiles: ReadonlyMap<string, string>): [string, Metafile['outputs'][string]] {
  const specifiers = [...routeFiles.keys()];
  const built = buildSync({ ...functionEsbuildOptions, splitting: false, entryPoints: [fromRoot(entry)], outdir, external: specifiers, metafile: true, write: false });
  const [index] = built.outputFiles;
  const [indexOutput, meta] = Object.entries(built.metafile.outputs)[0] ?? [];
  if (built.outputFiles.length !== 1 || !index || !indexOutput || !meta) throw new Error(`${entry}: the dispatcher must be one file`);
  let code = index.text;
  for (const [specifier, output] of routeFiles) {
    const loader = `import(${JSON.stringify(specifier)})`;
    if (!code.includes(loader)) throw new Error(`${entry}: no ${loader} in the dispatcher`);
    code = code.replaceAll(loader, `import(${JSON.stringify(`./${basename(output)}`)})`);
  }
  writeFileSync(index.path, code);
  const imports = meta.imports.map((imported) => {
    const output = imported.kind === 'dynamic-import' ? routeFiles.get(imported.path) : undefined;
    return output ? { path: output, kind: imported.kind } : imported;
  });
  return [indexOutput, { ...meta, bytes: Buffer.byteLength(code), imports }];
}

/**
 * A second-pass output described in source modules, as a build from source would: its entry point
 * is the first pass's, and each first-pass chunk's bytes in it are shared among that chunk's
 * modules in proportion to their bytes there (the second pass shakes little more out).
 */
function sourcesOf(meta: Metafile['outputs'][string], split: Metafile): Pick<Metafile['outputs'][string], 'entryPoint' | 'inputs'> {
  const firstPass = (path: string) => split.outputs[relative(repoRoot, resolve(repoRoot, path)).split(sep).join('/')];
  const inputs: Metafile['outputs'][string]['inputs'] = {};
  for (const [chunk, { bytesInOutput }] of Object.entries(meta.inputs)) {
    const sources = Object.entries(firstPass(chunk)?.inputs ?? {});
    const total = sources.reduce((sum, [, source]) => sum + source.bytesInOutput, 0);
    for (const [source, share] of sources) {
      const bytes = total === 0 ? 0 : Math.round((bytesInOutput * share.bytesInOutput) / total);
      inputs[source] = { bytesInOutput: (inputs[source]?.bytesInOutput ?? 0) + bytes };
    }
  }
  const entryPoint = meta.entryPoint === undefined ? undefined : firstPass(meta.entryPoint)?.entryPoint;
  return { inputs, ...(entryPoint ? { entryPoint } : {}) };
}
