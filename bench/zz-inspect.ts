import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAll } from './bundles';
const dir = mkdtempSync(join(tmpdir(), 'stack-inspect-'));
const ids = process.argv.slice(2);
for (const f of await bundleAll(dir)) {
  if (!ids.includes(f.id)) continue;
  const own = Object.entries(f.bundle.inputs).filter(([p]) => !p.includes('node_modules')).sort((a, b) => b[1] - a[1]);
  console.log(f.id, f.bundle.heaviestRoute, (f.bundle.bytes / 1024).toFixed(0), f.bundle.files.length, 'files');
  for (const [p, b] of own.slice(0, 25)) console.log('  ', (b / 1024).toFixed(1), p);
}
