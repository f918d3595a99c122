import { shapeArabic } from './arabic/arabic-shaping';
import { latinRunRanges } from '../email/latin-runs';
import { bidiClass, lineIsRightToLeft, visualOrder, type BidiClass } from './bidi-order';
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
 * How a line's order is found. `auto`: from its first strong letter, as a `<bdi>` shows a value people
 * typed (a name, an organisation). `rtl`/`ltr`: the badge language's, for the texts we write in it
 * (the event's name, a country, a participant type); in `rtl`, `latinRuns` keeps each Latin run left
 * to right with its leading "#", as the emails and pages isolate "#TechDays THE NEXT SOCIETY المغرب".
 */
export type LineDirection = 'auto' | 'ltr' | { rtl: true; latinRuns: boolean };

const isRightToLeft = (text: string, direction: LineDirection) => (direction === 'auto' ? lineIsRightToLeft(text) : direction !== 'ltr');

/** Each cluster's bidi class; a cluster inside an isolated Latin run counts as a Latin letter, its neutrals ("#") included. */
function clusterClasses(text: string, laidOut: readonly Cluster[], direction: LineDirection): BidiClass[] {
  const runs = typeof direction === 'object' && direction.latinRuns ? latinRunRanges(text) : [];
  let offset = 0;
  return laidOut.map((cluster) => {
    const start = offset;
    offset += cluster.reduce((length, character) => length + character.text.length, 0);
    return runs.some(([from, to]) => start >= from && start < to) ? 'L' : bidiClass(cluster[0].text);
  });
}

/**
 * `text` as one line: Arabic shaped, the characters in visual order (right-to-left runs reversed),
 * each cluster in the font that has it. A character neither font has is drawn as the font's .notdef
 * box and still reads as itself when the text is copied (PdfFont gives it its own CID).
 */
export function layOutLine(text: string, fonts: FontPair, direction: LineDirection = 'auto'): TextLine {
  const normalized = text.normalize('NFC');
  const rtl = isRightToLeft(normalized, direction);
  const lineFont = rtl ? fonts.arabic : fonts.latin;
  const laidOut = clusters(shapeArabic(normalized));
  const classes = clusterClasses(normalized, laidOut, direction);
  const ordered = visualOrder(laidOut.map((cluster, index) => ({ cluster, kind: classes[index] ?? 'N' })), ({ kind }) => kind, rtl).map(({ item, rtl: reversed }) => ({ item: item.cluster, rtl: reversed }));
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
export function fittedLine(text: string, fonts: FontPair, width: number, max: number, min: number, direction: LineDirection = 'auto'): { line: TextLine; size: number } {
  const line = layOutLine(text, fonts, direction);
  for (let size = max; size >= min; size -= 1) if (line.widthPerPoint * size <= width) return { line, size };
  // A shortened line keeps the whole text's direction (its ellipsis is a neutral at the logical end).
  const kept = direction === 'auto' ? (isRightToLeft(text.normalize('NFC'), 'auto') ? { rtl: true as const, latinRuns: false } : 'ltr') : direction;
  const characters = Array.from(text.normalize('NFC'));
  for (let count = characters.length - 1; count > 0; count -= 1) {
    const shortened = layOutLine(characters.slice(0, count).join('').trimEnd() + ELLIPSIS, fonts, kept);
    if (shortened.widthPerPoint * min <= width) return { line: shortened, size: min };
  }
  return { line: layOutLine(ELLIPSIS, fonts, kept), size: min };
}
