import { crc32, inflateSync } from 'node:zlib';
import qrcode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { ticketQrPng } from '../../shared/check-in/ticket-qr';

interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  /** Whether the pixel at (x, y) is black. */
  dark: (x: number, y: number) => boolean;
}

/** Reads back a 1-bit greyscale, filter-0 PNG, checking the signature and every chunk's CRC. */
function decodePng(png: Buffer): DecodedPng {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), 'chunk CRC').toBe(crc32(typeAndData));
    chunks.push({ type: typeAndData.subarray(0, 4).toString('ascii'), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = chunks[0]!.data;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const pixels = inflateSync(chunks[1]!.data);
  const rowBytes = 1 + Math.ceil(width / 8);
  expect(pixels.length).toBe(rowBytes * height);
  for (let y = 0; y < height; y += 1) expect(pixels[y * rowBytes], 'filter type').toBe(0);
  return { width, height, bitDepth: header[8]!, colourType: header[9]!, dark: (x, y) => (pixels[y * rowBytes + 1 + (x >> 3)]! & (0x80 >> (x & 7))) === 0 };
}

/** The ticket's QR code in emails (docs/check-in.md): the package's encoder, our small PNG writer. */
describe('ticketQrPng', () => {
  const token = 'evt-2026.reg-8f3a1c.v1.signature-of-the-ticket';

  it("draws qrcode's modules for the token (error correction M), 6 pixels each, inside a 2-module light margin", async () => {
    const png = decodePng(Buffer.from(await ticketQrPng(token), 'base64'));
    const modules = qrcode.create(token, { errorCorrectionLevel: 'M' }).modules;
    expect({ bitDepth: png.bitDepth, colourType: png.colourType }).toEqual({ bitDepth: 1, colourType: 0 });
    expect(png.width).toBe((modules.size + 4) * 6);
    expect(png.height).toBe(png.width);
    const mismatches: string[] = [];
    for (let y = 0; y < png.height; y += 1) {
      for (let x = 0; x < png.width; x += 1) {
        const [row, column] = [Math.floor(y / 6) - 2, Math.floor(x / 6) - 2];
        const inside = row >= 0 && column >= 0 && row < modules.size && column < modules.size;
        const expected = inside && Boolean(modules.get(row, column));
        if (png.dark(x, y) !== expected) mismatches.push(`${x},${y}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it("has the dimensions of the PNG qrcode's own renderer made with the same options", async () => {
    const before = await qrcode.toBuffer(token, { errorCorrectionLevel: 'M', margin: 2, scale: 6, type: 'png' });
    const png = decodePng(Buffer.from(await ticketQrPng(token), 'base64'));
    expect([png.width, png.height]).toEqual([before.readUInt32BE(16), before.readUInt32BE(20)]);
  });
});
