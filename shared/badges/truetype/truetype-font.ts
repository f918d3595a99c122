/**
 * The parts of a TrueType font (glyf outlines) that a PDF needs: glyph ids by code point ('cmap'
 * formats 4 and 12), advance widths ('hmtx'), vertical metrics ('hhea', 'OS/2', 'head') and each
 * glyph's outline bytes ('loca' + 'glyf') for subsetting. Tables are read from the file's bytes on
 * demand; nothing is decoded ahead of use but the cmap subtable's offset.
 */
export interface TrueTypeFont {
  readonly bytes: Buffer;
  readonly tables: ReadonlyMap<string, { offset: number; length: number }>;
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  /** hhea ascent and descent (descent negative), in font units. */
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  /** head's xMin, yMin, xMax, yMax. */
  readonly boundingBox: readonly [number, number, number, number];
  /** The PostScript name ('name' id 6), or the file's own if absent. */
  readonly postScriptName: string;
  glyphId(codePoint: number): number;
  advanceWidth(glyphId: number): number;
  leftSideBearing(glyphId: number): number;
  /** The middle of the glyph's outline, (xMin + xMax) / 2 from its 'glyf' header; 0 without outline. */
  horizontalCentre(glyphId: number): number;
  /** The glyph's bytes in 'glyf' (empty for a glyph without outline, such as the space). */
  glyphData(glyphId: number): Buffer;
}

function tableDirectory(bytes: Buffer): Map<string, { offset: number; length: number }> {
  const tables = new Map<string, { offset: number; length: number }>();
  const count = bytes.readUInt16BE(4);
  for (let index = 0; index < count; index += 1) {
    const record = 12 + 16 * index;
    tables.set(bytes.toString('latin1', record, record + 4), { offset: bytes.readUInt32BE(record + 8), length: bytes.readUInt32BE(record + 12) });
  }
  return tables;
}

type CodePointLookup = (codePoint: number) => number;

/** Format 4: segments of 16-bit code points, with a delta or an index into the glyph array. */
function format4Lookup(bytes: Buffer, at: number): CodePointLookup {
  const segments = bytes.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let segment = 0; segment < segments; segment += 1) {
      if (codePoint > bytes.readUInt16BE(ends + 2 * segment)) continue;
      const start = bytes.readUInt16BE(starts + 2 * segment);
      if (codePoint < start) return 0;
      const delta = bytes.readInt16BE(deltas + 2 * segment);
      const rangeOffset = bytes.readUInt16BE(rangeOffsets + 2 * segment);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = bytes.readUInt16BE(rangeOffsets + 2 * segment + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Format 12: groups of 32-bit code points mapped to consecutive glyphs. */
function format12Lookup(bytes: Buffer, at: number): CodePointLookup {
  const groups = bytes.readUInt32BE(at + 12);
  return (codePoint) => {
    for (let group = 0; group < groups; group += 1) {
      const record = at + 16 + 12 * group;
      const start = bytes.readUInt32BE(record);
      if (codePoint < start) return 0;
      if (codePoint <= bytes.readUInt32BE(record + 4)) return bytes.readUInt32BE(record + 8) + codePoint - start;
    }
    return 0;
  };
}

/** The Unicode subtable: Windows full repertoire (3, 10: format 12) first, then Windows BMP (3, 1: format 4). */
function cmapLookup(bytes: Buffer, cmap: number): CodePointLookup {
  const subtables = new Map<string, number>();
  for (let index = 0; index < bytes.readUInt16BE(cmap + 2); index += 1) {
    const record = cmap + 4 + 8 * index;
    subtables.set(`${bytes.readUInt16BE(record)}/${bytes.readUInt16BE(record + 2)}`, cmap + bytes.readUInt32BE(record + 4));
  }
  for (const key of ['3/10', '0/4', '3/1', '0/3']) {
    const at = subtables.get(key);
    if (at === undefined) continue;
    const format = bytes.readUInt16BE(at);
    if (format === 12) return format12Lookup(bytes, at);
    if (format === 4) return format4Lookup(bytes, at);
  }
  throw new Error('The font has no Unicode cmap of format 4 or 12.');
}

function postScriptName(bytes: Buffer, name: { offset: number } | undefined): string | undefined {
  if (name === undefined) return undefined;
  const strings = name.offset + bytes.readUInt16BE(name.offset + 4);
  for (let index = 0; index < bytes.readUInt16BE(name.offset + 2); index += 1) {
    const record = name.offset + 6 + 12 * index;
    if (bytes.readUInt16BE(record + 6) !== 6) continue;
    const start = strings + bytes.readUInt16BE(record + 10);
    const text = bytes.subarray(start, start + bytes.readUInt16BE(record + 8));
    // Platform 3 (Windows) names are UTF-16BE; platform 1 (Mac) names are single-byte.
    return bytes.readUInt16BE(record) === 3 ? Buffer.from(text).swap16().toString('utf16le') : text.toString('latin1');
  }
  return undefined;
}

export function readTrueTypeFont(bytes: Buffer, fallbackName: string): TrueTypeFont {
  const tables = tableDirectory(bytes);
  const table = (tag: string) => {
    const found = tables.get(tag);
    if (found === undefined) throw new Error(`The font has no '${tag}' table.`);
    return found.offset;
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const loca = table('loca');
  const glyf = table('glyf');
  const os2 = tables.get('OS/2');
  const longOffsets = bytes.readInt16BE(head + 50) === 1;
  const metricsCount = bytes.readUInt16BE(hhea + 34);
  const lookup = cmapLookup(bytes, table('cmap'));
  const glyphIds = new Map<number, number>();
  const ascent = bytes.readInt16BE(hhea + 4);
  const glyphOffset = (glyphId: number) => (longOffsets ? bytes.readUInt32BE(loca + 4 * glyphId) : 2 * bytes.readUInt16BE(loca + 2 * glyphId));
  const glyphData = (glyphId: number) => bytes.subarray(glyf + glyphOffset(glyphId), glyf + glyphOffset(glyphId + 1));
  return {
    bytes,
    tables,
    unitsPerEm: bytes.readUInt16BE(head + 18),
    numGlyphs: bytes.readUInt16BE(table('maxp') + 4),
    ascent,
    descent: bytes.readInt16BE(hhea + 6),
    // OS/2 version 2 and later carry sCapHeight at 88.
    capHeight: os2 !== undefined && bytes.readUInt16BE(os2.offset) >= 2 ? bytes.readInt16BE(os2.offset + 88) : ascent,
    boundingBox: [bytes.readInt16BE(head + 36), bytes.readInt16BE(head + 38), bytes.readInt16BE(head + 40), bytes.readInt16BE(head + 42)],
    postScriptName: postScriptName(bytes, tables.get('name')) ?? fallbackName,
    glyphId: (codePoint) => {
      let glyphId = glyphIds.get(codePoint);
      if (glyphId === undefined) glyphIds.set(codePoint, (glyphId = lookup(codePoint)));
      return glyphId;
    },
    advanceWidth: (glyphId) => bytes.readUInt16BE(hmtx + 4 * Math.min(glyphId, metricsCount - 1)),
    // Glyphs past the last long metric share its width and keep their own bearing in the array after it.
    leftSideBearing: (glyphId) => bytes.readInt16BE(glyphId < metricsCount ? hmtx + 4 * glyphId + 2 : hmtx + 4 * metricsCount + 2 * (glyphId - metricsCount)),
    horizontalCentre: (glyphId) => {
      const glyph = glyphData(glyphId);
      return glyph.length < 10 ? 0 : (glyph.readInt16BE(2) + glyph.readInt16BE(6)) / 2;
    },
    glyphData,
  };
}
