import type { BitMatrix } from 'qrcode';
import qrcode from 'qrcode/lib/core/qrcode';

/**
 * The modules of a ticket token's QR code (error correction M: a crumpled printout or a cracked phone
 * screen stays readable), for the email's PNG (`ticket-qr.ts`) and the badge's vector squares
 * (`render-badges.ts`). Only the package's encoder is imported: its main module also loads every
 * renderer and `pngjs` (about 30 KB and 15 ms of a cold start) that neither needs. Imported
 * statically: its two importers are loaded for a QR code, and as an `import()` it was one more file
 * on their cold start (docs/benchmarks.md, part 1). `qrcode` is CommonJS: only `default` (its
 * module.exports) exists both in Node and in a bundle.
 */
export function qrMatrix(token: string): BitMatrix {
  return qrcode.create(token, { errorCorrectionLevel: 'M' }).modules;
}
