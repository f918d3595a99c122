import type { TrueTypeFont } from './truetype-font';

/**
 * A TrueType font holding only the given glyphs, renumbered in the order given (new glyph id =
 * position in `glyphIds`; the first must be 0, .notdef), followed by the components that composite
 * glyphs among them draw (an accented letter is often a base letter and an accent). It keeps the
 * tables a PDF viewer uses for a CIDFontType2 (head, hhea, maxp, hmtx, loca, glyf and the hinting
 * programs); the cmap, names and OpenType layout tables are left out: the PDF addresses glyphs by id.
 */
export function subsetTrueTypeFont(font: TrueTypeFont, glyphIds: readonly number[]): Buffer {
  const order = [...glyphIds];
  const newId = new Map<number, number>();
  order.forEach((glyphId, index) => newId.set(glyphId, newId.get(glyphId) ?? index));
  // Components are appended as found; the loop also walks them, for components that are composites.
  for (const glyphId of order) {
    for (const component of compositeComponents(font.glyphData(glyphId))) {
      if (!newId.has(component.glyphId)) {
        newId.set(component.glyphId, order.length);
        order.push(component.glyphId);
      }
    }
  }
  const glyphs = order.map((glyphId) => renumberComponents(font.glyphData(glyphId), newId));
  const tables = new Map<string, Buffer>([
    ['head', headTable(font)],
    ['hhea', hheaTable(font, order.length)],
    ['maxp', maxpTable(font, order.length)],
    ['hmtx', hmtxTable(font, order)],
    ['loca', locaTable(glyphs)],
    ['glyf', Buffer.concat(glyphs.map(padded))],
  ]);
  for (const hinting of ['cvt ', 'fpgm', 'prep']) {
    const table = font.tables.get(hinting);
    if (table !== undefined) tables.set(hinting, font.bytes.subarray(table.offset, table.offset + table.length));
  }
  return sfnt(tables);
}

interface Component {
  glyphId: number;
  /** Where the component's glyph id is, in the glyph's bytes. */
  at: number;
}

const MORE_COMPONENTS = 0x0020;

/** The components of a composite glyph (negative contour count), with where their ids are written. */
function compositeComponents(glyph: Buffer): Component[] {
  if (glyph.length === 0 || glyph.readInt16BE(0) >= 0) return [];
  const components: Component[] = [];
  let at = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(at);
    components.push({ glyphId: glyph.readUInt16BE(at + 2), at: at + 2 });
    at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
    if (!(flags & MORE_COMPONENTS)) return components;
  }
}

function renumberComponents(glyph: Buffer, newId: ReadonlyMap<number, number>): Buffer {
  const components = compositeComponents(glyph);
  if (components.length === 0) return glyph;
  const copy = Buffer.from(glyph);
  for (const component of components) copy.writeUInt16BE(newId.get(component.glyphId)!, component.at);
  return copy;
}

const padded = (bytes: Buffer) => (bytes.length % 4 === 0 ? bytes : Buffer.concat([bytes, Buffer.alloc(4 - (bytes.length % 4))]));

function tableCopy(font: TrueTypeFont, tag: string): Buffer {
  const table = font.tables.get(tag)!;
  return Buffer.from(font.bytes.subarray(table.offset, table.offset + table.length));
}

function headTable(font: TrueTypeFont): Buffer {
  const head = tableCopy(font, 'head');
  head.writeUInt32BE(0, 8); // checkSumAdjustment, set once the whole file is known
  head.writeInt16BE(1, 50); // indexToLocFormat: long offsets
  return head;
}

function hheaTable(font: TrueTypeFont, glyphCount: number): Buffer {
  const hhea = tableCopy(font, 'hhea');
  hhea.writeUInt16BE(glyphCount, 34); // numberOfHMetrics: every glyph has its own
  return hhea;
}

function maxpTable(font: TrueTypeFont, glyphCount: number): Buffer {
  const maxp = tableCopy(font, 'maxp');
  maxp.writeUInt16BE(glyphCount, 4);
  return maxp;
}

function hmtxTable(font: TrueTypeFont, order: readonly number[]): Buffer {
  const hmtx = Buffer.alloc(4 * order.length);
  order.forEach((glyphId, index) => {
    hmtx.writeUInt16BE(font.advanceWidth(glyphId), 4 * index);
    hmtx.writeInt16BE(font.leftSideBearing(glyphId), 4 * index + 2);
  });
  return hmtx;
}

function locaTable(glyphs: readonly Buffer[]): Buffer {
  const loca = Buffer.alloc(4 * (glyphs.length + 1));
  let offset = 0;
  glyphs.forEach((glyph, index) => {
    loca.writeUInt32BE(offset, 4 * index);
    offset += padded(glyph).length;
  });
  loca.writeUInt32BE(offset, 4 * glyphs.length);
  return loca;
}

function checksum(bytes: Buffer): number {
  const whole = padded(bytes);
  let sum = 0;
  for (let at = 0; at < whole.length; at += 4) sum = (sum + whole.readUInt32BE(at)) >>> 0;
  return sum;
}

/** The font file: the offset table, the table records (sorted by tag) and the tables, 4-byte aligned. */
function sfnt(tables: ReadonlyMap<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  const header = Buffer.alloc(12 + 16 * tags.length);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(16 * power, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(16 * (tags.length - power), 10);
  let offset = header.length;
  tags.forEach((tag, index) => {
    const table = tables.get(tag)!;
    const record = 12 + 16 * index;
    header.write(tag, record, 'latin1');
    header.writeUInt32BE(checksum(table), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.length, record + 12);
    offset += padded(table).length;
  });
  const file = Buffer.concat([header, ...tags.map((tag) => padded(tables.get(tag)!))]);
  const head = header.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
  file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, head + 8);
  return file;
}
