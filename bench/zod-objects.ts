/**
 * How many zod objects (schemas and checks) each API unit constructs at its cold start, by module:
 * the load-independent figure behind most of what our code adds to init (docs/benchmarks.md, part 1).
 * Unlike init times it does not move with the machine's load, so it can compare two commits at any hour.
 *
 *   npx tsx bench/zod-objects.ts [--units events,meetings]
 *
 * Each unit is bundled with the stack's options but not minified (esbuild then marks each module with a
 * `// path` comment), on the same files as part 1 (`coldLoad`: the unit's heaviest route). zod's per-object
 * `init` and each module's start are instrumented in the output, which is imported once in a fresh Node.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { functionEsbuildOptions } from '../infra/bundling/function-bundle';
import { fromRoot, repoRoot } from '../infra/paths';
import { parseScriptArguments } from '../scripts/script-arguments';
import { coldLoad, functionEntries } from './bundles';
import { coldStartEnvironment } from './cold-start';

/** The line of zod's `$constructor` (zod/v4/core/core.js) that every new schema or check passes once. */
const zodInit = 'function init(inst, def) {';
const countNew = `${zodInit} if (!inst._zod) globalThis.__zodObjects = (globalThis.__zodObjects ?? 0) + 1;`;
const moduleMarker = /^\/\/ ((?:shared|functions)\/\S+)$/;

/** Adds the counter to zod's init and a mark at the start of each of our modules. */
function instrument(file: string): boolean {
  const source = readFileSync(file, 'utf8');
  const lines = source.replace(zodInit, countNew).split('\n');
  const marked = lines.map((line) => (moduleMarker.test(line) ? `${line}\n;(globalThis.__marks ??= []).push([${JSON.stringify(line.slice(3))}, globalThis.__zodObjects ?? 0]);` : line));
  writeFileSync(file, marked.join('\n'));
  return source.includes(zodInit);
}

/** Imports the files in order and prints [module, objects constructed while it evaluated] as JSON. */
const probe = `
for (const url of process.argv.slice(1)) await import(url);
const marks = [...(globalThis.__marks ?? []), ['end', globalThis.__zodObjects ?? 0]];
process.stdout.write(JSON.stringify(marks.slice(0, -1).map(([module, at], index) => [module, marks[index + 1][1] - at]).filter(([, count]) => count > 0)));
`;

async function countUnit(unitId: string, directory: string): Promise<{ route?: string; byModule: [string, number][] }> {
  const entry = functionEntries().find((candidate) => candidate.id === unitId && candidate.kind === 'api unit');
  if (!entry) throw new Error(`${unitId} is not an API unit of functions/units/index.ts`);
  const outdir = join(directory, unitId);
  // Not minified, so module markers stay; the banner's createRequire is aliased because unminified chunks may declare their own.
  const banner = { js: "import { createRequire as __createRequire } from 'module'; const require = __createRequire(import.meta.url);" };
  const result = await build({ ...functionEsbuildOptions, minify: false, banner, entryPoints: [fromRoot(entry.entry)], outdir, metafile: true });
  const entryOutput = Object.keys(result.metafile.outputs).find((path) => resolve(repoRoot, path) === join(outdir, 'index.mjs'))!;
  const { outputs, route } = coldLoad(result.metafile, entryOutput, true);
  const files = outputs.map((output) => resolve(repoRoot, output));
  if (!files.map(instrument).some(Boolean)) throw new Error(`zod's init line was not found in ${unitId}'s load: update \`zodInit\` for this zod version`);
  const output = execFileSync(process.execPath, ['--input-type=module', '--eval', probe, ...files.map((file) => pathToFileURL(file).href)], {
    env: { PATH: process.env.PATH ?? '', ...coldStartEnvironment },
  });
  const byModule = (JSON.parse(output.toString()) as [string, number][]).sort((a, b) => b[1] - a[1]);
  return { ...(route ? { route } : {}), byModule };
}

const usage = {
  usage: 'npx tsx bench/zod-objects.ts [--units <id>,…]',
  description: 'Counts the zod objects each API unit constructs at its cold start (its heaviest route), by module.\n  --units   API units to count, comma-separated (default: all)',
};
const { units } = parseScriptArguments(usage, { units: { type: 'string' } });
const directory = mkdtempSync(join(tmpdir(), 'rendezvous-zod-objects-'));
try {
  const ids = units?.split(',') ?? functionEntries().filter((entry) => entry.kind === 'api unit').map((entry) => entry.id);
  for (const id of ids) {
    const { route, byModule } = await countUnit(id.trim(), directory);
    const total = byModule.reduce((sum, [, count]) => sum + count, 0);
    console.log(`${id} (${route ?? 'no route'}): ${total} zod objects`);
    for (const [module, count] of byModule) console.log(`  ${String(count).padStart(5)}  ${module}`);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
