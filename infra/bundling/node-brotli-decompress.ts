import { brotliDecompressSync } from 'node:zlib';

/**
 * Stands in for the `brotli` package's `decompress.js` in our bundles (alias in function-bundle.ts):
 * fontkit (under pdfkit, the badges) imports that 475 KB pure-JavaScript decoder for WOFF2 fonts,
 * and Node has Brotli built in. Same contract: the decompressed bytes, or null when they are not Brotli.
 */
export default function decompress(buffer: Uint8Array): Uint8Array | null {
  try {
    return new Uint8Array(brotliDecompressSync(buffer));
  } catch {
    return null;
  }
}
