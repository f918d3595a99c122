import type { TrueTypeFont } from '../truetype/truetype-font';
import { subsetTrueTypeFont } from '../truetype/truetype-subset';
import { ref, type PdfRef, type PdfWriter } from './pdf-writer';
import { toUnicodeCMap } from './to-unicode-cmap';

/**
 * A TrueType font as a PDF composite font (Type0, Identity-H encoding, a CIDFontType2 descendant;
 * ISO 32000-1 section 9.7), embedded as a subset of the glyphs the document shows.
 *
 * Each distinct (glyph, text) pair gets its own CID, numbered from 1 in order of first use; the CID is
 * also the glyph's id in the embedded subset (CIDToGIDMap Identity). The ToUnicode CMap maps each CID
 * to its text, which is what copy-paste and search see: a shaped Arabic form to its letter, the
 * lam-alef ligature to its two letters, and the .notdef box drawn for a character the font lacks to
 * that character (one CID per missing character, each a copy of the box).
 */
export class PdfFont {
  private readonly cids = new Map<string, number>();
  /** Original glyph ids and texts, by CID (CID 0 is .notdef, never shown with a text). */
  private readonly glyphs: { glyphId: number; text: string }[] = [{ glyphId: 0, text: '' }];

  constructor(readonly font: TrueTypeFont) {}

  /** The CID that shows `glyphId` and reads as `text`. */
  cid(glyphId: number, text: string): number {
    const key = `${glyphId} ${text}`;
    let cid = this.cids.get(key);
    if (cid === undefined) {
      // Identity-H codes are two bytes: a document past 65,535 distinct glyphs (only conceivable with
      // thousands of distinct characters no font has) shows the rest as .notdef rather than failing.
      if (this.glyphs.length > 0xffff) return 0;
      cid = this.glyphs.push({ glyphId, text }) - 1;
      this.cids.set(key, cid);
    }
    return cid;
  }

  /** Writes the font's objects once every page is laid out, the Type0 font as `object` (reserved when a page first used it). */
  write(writer: PdfWriter, object: PdfRef): void {
    const { font } = this;
    const scale = (units: number) => Math.round((units * 1000) / font.unitsPerEm);
    const subset = subsetTrueTypeFont(font, this.glyphs.map((glyph) => glyph.glyphId));
    // A subset's name starts with six capital letters and a plus sign; these come from the glyph list.
    const baseName = `${subsetTag(this.glyphs.map((glyph) => glyph.glyphId))}+${font.postScriptName}`;
    const fontFile = writer.addStream(subset, `/Length1 ${subset.length} `);
    // Flags 32, nonsymbolic (Latin characters): with 4, symbolic, poppler's layout text extraction drops some letters.
    const descriptor = writer.add(
      `<< /Type /FontDescriptor /FontName /${baseName} /Flags 32 /FontBBox [${font.boundingBox.map(scale).join(' ')}] /ItalicAngle 0 ` +
        `/Ascent ${scale(font.ascent)} /Descent ${scale(font.descent)} /CapHeight ${scale(font.capHeight)} /StemV 80 /FontFile2 ${ref(fontFile)} >>`,
    );
    const widths = this.glyphs.slice(1).map((glyph) => scale(font.advanceWidth(glyph.glyphId)));
    const descendant = writer.add(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${baseName} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
        `/FontDescriptor ${ref(descriptor)} /DW ${scale(font.advanceWidth(0))} /W [1 [${widths.join(' ')}]] /CIDToGIDMap /Identity >>`,
    );
    const toUnicode = writer.addStream(Buffer.from(toUnicodeCMap(this.glyphs.map((glyph) => glyph.text)), 'latin1'));
    writer.define(object, `<< /Type /Font /Subtype /Type0 /BaseFont /${baseName} /Encoding /Identity-H /DescendantFonts [${ref(descendant)}] /ToUnicode ${ref(toUnicode)} >>`);
  }
}

function subsetTag(glyphIds: readonly number[]): string {
  let hash = 0;
  for (const glyphId of glyphIds) hash = (Math.imul(hash, 31) + glyphId) >>> 0;
  return Array.from({ length: 6 }, (_, index) => String.fromCharCode(65 + (Math.floor(hash / 26 ** index) % 26))).join('');
}

/** CIDs as a hex string for a text operator: two bytes each (Identity-H). */
export const cidHex = (cids: readonly number[]) => `<${cids.map((cid) => cid.toString(16).padStart(4, '0')).join('')}>`;
