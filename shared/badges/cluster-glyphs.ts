import type { ShapedCharacter } from './arabic/arabic-shaping';
import type { PdfFont } from './pdf/pdf-font';

/** A base character and the marks (harakat, accents) that follow it: they stay together when the line is reordered. */
export type Cluster = [ShapedCharacter, ...ShapedCharacter[]];

const mark = /^\p{M}$/u;

export function clusters(shaped: readonly ShapedCharacter[]): Cluster[] {
  const grouped: Cluster[] = [];
  for (const character of shaped) {
    const last = grouped.at(-1);
    if (last !== undefined && mark.test(character.text)) last.push(character);
    else grouped.push([character]);
  }
  return grouped;
}

/** A glyph of a cluster: where it starts from the cluster's left edge, and its advance (em). */
export interface ClusterGlyph {
  glyphId: number;
  text: string;
  x: number;
  advance: number;
}

/** Brackets drawn mirrored in a right-to-left run (Unicode's Bidi_Mirroring_Glyph, the ASCII pairs). */
const mirrored = new Map(['()', '<>', '[]', '{}', ')(', '><', '][', '}{'].map((pair) => [pair.charCodeAt(0), pair.charCodeAt(1)]));

/**
 * The text of a ligature drawn in a right-to-left run (lam-alef: lam then alef), as text extractors
 * read it: they put the run back in logical order by reversing its characters, the ligature's
 * included (poppler, pdf.js), so its text is written reversed and comes out in reading order.
 */
const readingOrderInReversedRun = (text: string) => Array.from(text).reverse().join('');

/**
 * A cluster's glyphs in drawing order and its width. A zero-width mark is centred over its base (the
 * font's GPOS anchors are not read; above or below comes from the mark's own outline). In a
 * right-to-left run the marks are drawn before their base, so that text extractors, reversing the
 * run, read base then mark as it was typed.
 */
export function clusterGlyphs(cluster: Cluster, font: PdfFont, rightToLeft: boolean): { glyphs: ClusterGlyph[]; width: number } {
  const em = font.font.unitsPerEm;
  const glyphs = cluster.map((character) => {
    const glyphId = font.font.glyphId((rightToLeft && mirrored.get(character.codePoint)) || character.codePoint);
    return { glyphId, text: rightToLeft ? readingOrderInReversedRun(character.text) : character.text, x: 0, advance: font.font.advanceWidth(glyphId) / em };
  });
  const [base, ...marks] = glyphs as [ClusterGlyph, ...ClusterGlyph[]];
  let width = base.advance;
  for (const placed of marks) {
    placed.x = placed.advance === 0 ? base.advance / 2 - font.font.horizontalCentre(placed.glyphId) / em : width;
    width += placed.advance;
  }
  return { glyphs: rightToLeft ? [...marks, base] : glyphs, width };
}
