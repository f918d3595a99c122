import { crc32, deflateSync } from 'node:zlib';

export interface BitmapPngOptions {
  /** Pixels per module. */
  scale: number;
  /** Light modules around the code (the quiet zone a scanner needs). */
  margin: number;
}

/** A square of modules, dark or light, as `qrcode`'s BitMatrix exposes it. */
export interface SquareBitmap {
  size: number;
  get(row: number, column: number): boolean | number;
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data, CRC-32 of type and data (PNG 1.2, section 5.3). */
function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A black-and-white PNG of `bitmap`: 1-bit greyscale (0 black, 1 white), each row with filter 0,
 * deflated with Node's zlib. What a QR code needs and no more, so the mailer does not load a general
 * PNG library (`pngjs`) for it.
 */
export function bitmapPng(bitmap: SquareBitmap, { scale, margin }: BitmapPngOptions): Buffer {
  const width = (bitmap.size + 2 * margin) * scale;
  const rowBytes = 1 + Math.ceil(width / 8);
  const pixels = Buffer.alloc(rowBytes * width);
  for (let y = 0; y < width; y += 1) {
    const row = y * rowBytes;
    for (let x = 0; x < width; x += 1) {
      const moduleRow = Math.floor(y / scale) - margin;
      const moduleColumn = Math.floor(x / scale) - margin;
      const inside = moduleRow >= 0 && moduleColumn >= 0 && moduleRow < bitmap.size && moduleColumn < bitmap.size;
      const dark = inside && Boolean(bitmap.get(moduleRow, moduleColumn));
      if (!dark) pixels[row + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, filter method 0, no interlace
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}
