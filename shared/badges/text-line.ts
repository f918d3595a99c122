import { shapeArabic } from './arabic/arabic-shaping';
import { bidiClass, lineIsRightToLeft, visualOrder } from './bidi-order';
import { clusterGlyphs, clusters, type Cluster } from './cluster-glyphs';
import type { PdfFont } from './pdf/pdf-font';
import type { GlyphRun } from './pdf/page-content';

/** The two fonts of a weight: Latin (Noto Sans) and Arabic (Noto Sans Arabic). */
export interface FontPair {
  latin: PdfFont;
  arabic: PdfFont;
}

/** One glyph to draw, the text it reads as, and how far (em, rightwards) it starts from where the previous one left the pen. */
interface PlacedGlyph {
  font: PdfFont;
  glyphId: number;
  text: string;
  shift: number;
}

/** A line laid out: glyphs in drawing order, its width per point of size, the main font's ascent and line height per point. */
export interface TextLine {
  glyphs: PlacedGlyph[];
  widthPerPoint: number;
  ascentPerPoint: number;
  /** Ascent plus descent: Noto Sans Arabic's is 2.11 em (marks above and below), Noto Sans's 1.36. */
  heightPerPoint: number;
}

/** The script's font for letters, the line's own for digits and punctuation; the other if it lacks the glyph. */
function fontFor(cluster: Cluster, lineFont: PdfFont, fonts: FontPair): PdfFont {
  const kind = bidiClass(cluster[0].text);
  const preferred = kind === 'R' || kind === 'AN' ? fonts.arabic : kind === 'L' ? fonts.latin : lineFont;
  const other = preferred === fonts.latin ? fonts.arabic : fonts.latin;
  return preferred.font.glyphId(cluster[0].codePoint) !== 0 || other.font.glyphId(cluster[0].codePoint) === 0 ? preferred : other;
}

/**
 * `text` as one line: Arabic shaped, the characters in visual order (right-to-left runs reversed),
 * each cluster in the font that has it. A character neither font has is drawn as the font's .notdef
 * box and still reads as itself when the text is copied (PdfFont gives it its own CID).
 */
export function layOutLine(text: string, fonts: FontPair): TextLine {
  const rtl = lineIsRightToLeft(text);
  const lineFont = rtl ? fonts.arabic : fonts.latin;
  const ordered = visualOrder(clusters(shapeArabic(text.normalize('NFC'))), (cluster) => bidiClass(cluster[0].text), rtl);
  const glyphs: PlacedGlyph[] = [];
  let width = 0;
  let pen = 0;
  for (const { item: cluster, rtl: reversed } of ordered) {
    const font = fontFor(cluster, lineFont, fonts);
    const placed = clusterGlyphs(cluster, font, reversed);
    for (const { glyphId, text: glyphText, x, advance } of placed.glyphs) {
      glyphs.push({ font, glyphId, text: glyphText, shift: width + x - pen });
      pen = width + x + advance;
    }
    width += placed.width;
  }
  const { ascent, descent, unitsPerEm } = lineFont.font;
  return { glyphs, widthPerPoint: width, ascentPerPoint: ascent / unitsPerEm, heightPerPoint: (ascent - descent) / unitsPerEm };
}

/** The line's glyphs as runs of one font each, their CIDs taken now: only drawn lines enter the embedded subsets. */
export function glyphRuns(line: TextLine): GlyphRun[] {
  const runs: GlyphRun[] = [];
  for (const { font, glyphId, text, shift } of line.glyphs) {
    let run = runs.at(-1);
    if (run?.font !== font) {
      run = { font, glyphs: [] };
      runs.push(run);
    }
    run.glyphs.push({ cid: font.cid(glyphId, text), shift });
  }
  return runs;
}

const ELLIPSIS = '\u2026';

/**
 * The line at the largest size from `max` down to `min` that fits `width`; at `min`, if it still does
 * not fit, the text is cut at its logical end (the left side of a right-to-left line) and ends with an
 * ellipsis. Lines are never wrapped: a wrapped right-to-left line would need the bidi algorithm across lines.
 */
export function fittedLine(text: string, fonts: FontPair, width: number, max: number, min: number): { line: TextLine; size: number; rtl: boolean } {
  const rtl = lineIsRightToLeft(text);
  const line = layOutLine(text, fonts);
  for (let size = max; size >= min; size -= 1) if (line.widthPerPoint * size <= width) return { line, size, rtl };
  const characters = Array.from(text.normalize('NFC'));
  for (let kept = characters.length - 1; kept > 0; kept -= 1) {
    const shortened = layOutLine(characters.slice(0, kept).join('').trimEnd() + ELLIPSIS, fonts);
    if (shortened.widthPerPoint * min <= width) return { line: shortened, size: min, rtl };
  }
  return { line: layOutLine(ELLIPSIS, fonts), size: min, rtl };
}
