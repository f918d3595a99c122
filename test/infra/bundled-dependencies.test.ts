import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { functionEsbuildOptions } from '../../infra/bundling/function-bundle';
import { fromRoot, repoRoot } from '../../infra/paths';
import { badgeFontPaths } from '../../shared/badges/badge-fonts';
import { testEvent } from '../support/test-event';

/**
 * Code splitting changes what `import('a-commonjs-package')` returns: in a split chunk esbuild exports
 * only `default` (the package's module.exports), where Node and a one-file bundle also give named
 * exports. `const { create } = await import('qrcode')` passed every source test and failed in Lambda.
 */
describe('dependencies in a bundle built with the stack options (chunks)', () => {
  it('renders badges (the fonts read beside the bundle, Latin and Arabic, QR code) and a ticket QR PNG in a fresh Node process', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'rendezvous-bundled-'));
    const entry = [
      "import { renderBadges } from './shared/badges/render-badges';",
      "import { ticketQrPng } from './shared/check-in/ticket-qr';",
      'export const handler = async (event, badges) => [(await renderBadges(event, "ar", badges)).subarray(0, 5).toString(), (await ticketQrPng("token")).slice(0, 8)];',
    ].join('\n');
    buildSync({ ...functionEsbuildOptions, stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' }, outdir });
    for (const path of badgeFontPaths) copyFileSync(fromRoot(path), join(outdir, basename(path)));
    const badge = { organisation: 'Org', country: 'MA', participantType: 'Visitor', ticketToken: 'token', ticketCode: 'ABCD-EFGH' };
    const badges = [{ ...badge, name: 'Amina Benali' }, { ...badge, name: 'أمينة بنعلي' }];
    const script = `const { handler } = await import(process.argv[1]); console.log(JSON.stringify(await handler(${JSON.stringify(testEvent())}, ${JSON.stringify(badges)})));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, join(outdir, 'index.mjs')], { cwd: tmpdir(), encoding: 'utf8', timeout: 60_000 });
    // '%PDF-' starts a PDF; 'iVBORw0K' is the base64 of a PNG signature.
    expect(result.stdout.trim(), result.stderr).toBe(JSON.stringify(['%PDF-', 'iVBORw0K']));
  }, 90_000);

  it('our code takes only `default` from a dynamically imported package', () => {
    const files = execFileSync('git', ['ls-files', 'shared', 'functions'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter((file) => file.endsWith('.ts'));
    const named = files.flatMap((file) =>
      [...readFileSync(fromRoot(file), 'utf8').matchAll(/const\s*\{([^}]*)\}\s*=\s*await import\('([^.][^']*)'\)/g)]
        .filter((match) => !/^\s*default\s*:\s*\w+\s*$/.test(match[1]!))
        .map((match) => `${file}: ${match[0]}`),
    );
    expect(named).toEqual([]);
  });
});
