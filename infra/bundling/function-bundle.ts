import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildSync, type BuildOptions } from 'esbuild';
import { fromRoot, repoRoot } from '../paths';

/**
 * How every Lambda function is bundled: ESM, minified, everything bundled (the AWS SDK too: we pin
 * its version and skip the runtime's copy), UTF-8 output (esbuild's default escapes every
 * non-ASCII character as `\uXXXX`, six bytes for one Arabic letter). Bundled CommonJS dependencies
 * that `require()` Node built-ins need a real `require` in an ES module, hence the banner.
 *
 * **Code splitting**: each `import()` of our code (an API unit's routes, the gate's resolvers, the
 * mailers' MIME and templates) becomes a chunk file beside `index.mjs`, read and evaluated only when
 * a request first takes that path. One file (what `NodejsFunction` writes) cannot do that: esbuild
 * then wraps every lazily reached module and everything it imports, which keeps the whole index of
 * each AWS SDK client (about 60 KB per unit) and reads every route at init. Chunks stay in the
 * bundle's own folder so that `new URL(file, import.meta.url)` (the SAT solver's WebAssembly, the
 * OpenAPI document, the badge fonts) finds the files shipped beside it whatever chunk the code lands in.
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

/**
 * Bundles `entry` (relative to the repository root) into `outdir` (index.mjs and its chunks) and
 * copies `files` (relative to the repository root) beside it, for code that reads them at run time.
 */
export function bundleFunction(entry: string, outdir: string, files: readonly string[] = []): void {
  mkdirSync(outdir, { recursive: true });
  buildSync({ ...functionEsbuildOptions, entryPoints: [fromRoot(entry)], outdir });
  for (const file of files) copyFileSync(fromRoot(file), join(outdir, basename(file)));
}
