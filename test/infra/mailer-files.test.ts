import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { functionEsbuildOptions } from '../../infra/bundling/function-bundle';
import { fromRoot } from '../../infra/paths';

/**
 * How many files a cold start reads is part of its cost (each about as much as 9 KB of code;
 * docs/benchmarks.md, part 1, "the mailers in one file"). With code splitting, a module reached by
 * both the entry and an `import()` becomes a chunk of its own: these tests fail when our code of the
 * mailers or the badges route spreads over chunks again.
 */
const outputsOf = async (entry: string): Promise<Metafile['outputs']> =>
  (await build({ ...functionEsbuildOptions, entryPoints: [fromRoot(entry)], outdir: 'out', metafile: true, write: false })).metafile.outputs;

/** Each output file holding some of our modules (not node_modules), with those modules. */
const ourModulesByFile = (outputs: Metafile['outputs']) =>
  Object.fromEntries(
    Object.entries(outputs).flatMap(([file, output]) => {
      const ours = Object.keys(output.inputs).filter((input) => !input.includes('node_modules/'));
      return ours.length > 0 ? [[file.split('/').pop()!.replace(/-[A-Z0-9]{8}\.mjs$/, '.mjs'), ours.sort()]] : [];
    }),
  );

describe('what a cold start of the mailers and of the badges route reads', () => {
  it.each(['functions/send-confirmations.ts', 'functions/sweep-confirmations.ts'])(
    '%s: our code is in index.mjs, but for one file per language holding that catalogue alone',
    async (entry) => {
      const files = ourModulesByFile(await outputsOf(entry));
      expect(Object.keys(files).sort()).toEqual(['ar.mjs', 'en.mjs', 'fr.mjs', 'index.mjs']);
      for (const language of ['ar', 'en', 'fr']) {
        expect(files[`${language}.mjs`]).toEqual([`shared/email/i18n/${language}.ts`, `shared/email/i18n/apart/${language}.ts`].sort());
      }
      // Every kind's template and the QR encoder load with the mailer, not as chunks of their own.
      expect(files['index.mjs']).toEqual(expect.arrayContaining(['shared/email/templates/registration-confirmed.ts', 'shared/check-in/qr-matrix.ts']));
    },
    60_000,
  );

  it("the badges route reads no catalogue, and the QR encoder is in the route's chunk", async () => {
    const outputs = await outputsOf('functions/units/badges.ts');
    const files = ourModulesByFile(outputs);
    expect(Object.values(files).flat().filter((input) => /shared\/email\/i18n\/(ar|en|fr)\.ts$/.test(input))).toEqual([]);
    const route = Object.values(outputs).find((output) => output.entryPoint === 'functions/admin-get-badges.ts')!;
    expect(Object.keys(route.inputs)).toEqual(expect.arrayContaining(['node_modules/qrcode/lib/core/qrcode.js', 'shared/badges/render-badges.ts']));
  }, 60_000);
});
