/**
 * The encoder of the `qrcode` package without its renderers (`lib/core/qrcode.js`, CommonJS): what
 * `qr-matrix.ts` imports, so that a bundle carries neither `pngjs` nor the SVG, terminal and canvas
 * renderers. Its `create` is the package's own (`@types/qrcode` types the package's main module only).
 */
declare module 'qrcode/lib/core/qrcode' {
  import type { QRCode, QRCodeOptions } from 'qrcode';

  const core: { create(text: string, options?: QRCodeOptions): QRCode };
  export default core;
}
