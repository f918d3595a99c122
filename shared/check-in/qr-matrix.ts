import type { BitMatrix } from 'qrcode';

/**
 * The modules of a ticket token's QR code (error correction M: a crumpled printout or a cracked phone
 * screen stays readable), for the email's PNG (`ticket-qr.ts`) and the badge's vector squares
 * (`render-badges.ts`). Only the package's encoder is imported, on first use: its main module also
 * loads every renderer and `pngjs` (about 30 KB and 15 ms of a cold start) that neither needs.
 */
export async function qrMatrix(token: string): Promise<BitMatrix> {
  // `qrcode` is CommonJS: only `default` (its module.exports) exists both in Node and in a bundle's split chunk.
  const { default: qrcode } = await import('qrcode/lib/core/qrcode');
  return qrcode.create(token, { errorCorrectionLevel: 'M' }).modules;
}
