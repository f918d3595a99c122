import { shapeArabic, type ShapedCharacter } from './arabic/arabic-shaping';
import { bidiClass, lineIsRightToLeft, visualOrder } from './bidi-order';
import type { PdfFont } from './pdf/pdf-font';
import type { GlyphRun } from './pdf/page-content';

/** The two fonts of a weight: Latin (Noto Sans) and Arabic (Noto Sans Arabic). */
export interface FontPair {
  latin: PdfFont;
  arabic: PdfFont;
}

/** One glyph to draw and the text it reads as. */
interface PlacedGlyph {
  font: PdfFont;
  glyphId: number;
  text: string;
}

/** A line laid out: glyphs in visual order, its width per point of size, the main font's ascent per point. */
export interface TextLine {
  glyphs: PlacedGlyph[];
  widthPerPoint: number;
  ascentPerPoint: number;
}

/** A base character and the marks (harakat, accents) that follow it: they stay together when the line is reordered. */
type Cluster = [ShapedCharacter, ...ShapedCharacter[]];

const mark = /^\p{M}$/u;

function clusters(shaped: readonly ShapedCharacter[]): Cluster[] {
  const grouped: Cluster[] = [];
  for (const character of shaped) {
    const last = grouped.at(-1);
    if (last !== undefined && mark.test(character.text)) last.push(character);
    else grouped.push([character]);
  }
  return grouped;
}

/** Brackets drawn mirrored in a right-to-left run (Unicode's Bidi_Mirroring_Glyph, the ASCII pairs). */
const mirrored = new Map(['()', '<>', '[]', '{}', ')(', '><', '][', '}{'].map((pair) => [pair.charCodeAt(0), pair.charCodeAt(1)]));

/**
 * The text of a ligature drawn in a right-to-left run (lam-alef: lam then alef), as text extractors
 * read it: they put the run back in logical order by reversing its characters, the ligature's
 * included (poppler, pdf.js), so its text is written reversed and comes out in reading order.
 */
const readingOrderInReversedRun = (text: string) => Array.from(text).reverse().join('');

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
  const ordered = visualOrder(clusters(shapeArabic(text)), (cluster) => bidiClass(cluster[0].text), rtl);
  const glyphs: PlacedGlyph[] = [];
  let width = 0;
  for (const { item: cluster, rtl: reversed } of ordered) {
    const font = fontFor(cluster, lineFont, fonts);
    for (const character of cluster) {
      const codePoint = (reversed && mirrored.get(character.codePoint)) || character.codePoint;
      const glyphId = font.font.glyphId(codePoint);
      width += font.font.advanceWidth(glyphId) / font.font.unitsPerEm;
      glyphs.push({ font, glyphId, text: reversed ? readingOrderInReversedRun(character.text) : character.text });
    }
  }
  return { glyphs, widthPerPoint: width, ascentPerPoint: lineFont.font.ascent / lineFont.font.unitsPerEm };
}

/** The line's glyphs as runs of one font each, their CIDs taken now: only drawn lines enter the embedded subsets. */
export function glyphRuns(line: TextLine): GlyphRun[] {
  const runs: GlyphRun[] = [];
  for (const { font, glyphId, text } of line.glyphs) {
    let run = runs.at(-1);
    if (run?.font !== font) {
      run = { font, cids: [] };
      runs.push(run);
    }
    run.cids.push(font.cid(glyphId, text));
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
  const characters = Array.from(text);
  for (let kept = characters.length - 1; kept > 0; kept -= 1) {
    const shortened = layOutLine(characters.slice(0, kept).join('').trimEnd() + ELLIPSIS, fonts);
    if (shortened.widthPerPoint * min <= width) return { line: shortened, size: min, rtl };
  }
  return { line: layOutLine(ELLIPSIS, fonts), size: min, rtl };
}
