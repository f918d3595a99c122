import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

// The WebAssembly file comes from this site (Vite emits it with the build), never from a CDN: the page
// keeps working on the venue's network and under the same-origin Content-Security-Policy.
prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) } });

/** The fallback QR reader (zxing-wasm, loaded lazily by qr-decoder.ts). */
export async function readQr(input: Blob | ImageData): Promise<string | undefined> {
  const results = await readBarcodes(input, { formats: ['QRCode'], maxNumberOfSymbols: 1, tryHarder: true });
  return results.find((result) => result.isValid)?.text;
}
