import { cidHex, type PdfFont } from './pdf-font';
import type { PdfDocument } from './pdf-document';

/**
 * Glyphs of one font, drawn one after the other: the viewer advances by the widths of the font's /W,
 * and `shift` (em, rightwards) moves the pen before a glyph (a mark over its base).
 */
export interface GlyphRun {
  font: PdfFont;
  glyphs: { cid: number; shift: number }[];
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Thousandths of a point: finer than any printer, so the QR squares meet without seams. */
const number = (value: number) => String(Math.round(value * 1000) / 1000);

/** `#rrggbb` as the fill colour operator. */
function fillColour(hex: string): string {
  const channel = (at: number) => number(Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  return `${channel(1)} ${channel(3)} ${channel(5)} rg`;
}

/** A TJ array: CIDs in hex strings, a shift as a number in thousandths of the size (positive moves left). */
function textArray(glyphs: GlyphRun['glyphs']): string {
  const parts: string[] = [];
  let cids: number[] = [];
  for (const { cid, shift } of glyphs) {
    if (Math.abs(shift) > 1e-6) {
      if (cids.length > 0) parts.push(cidHex(cids));
      parts.push(number(-shift * 1000));
      cids = [];
    }
    cids.push(cid);
  }
  if (cids.length > 0) parts.push(cidHex(cids));
  return parts.join(' ');
}

/**
 * The content stream of one page (ISO 32000-1 section 8 and 9.4), in top-left coordinates as the
 * layout thinks (PDF's origin is bottom left: y is flipped here).
 */
export class PageContent {
  private readonly operators: string[] = [];

  constructor(
    private readonly document: PdfDocument,
    private readonly pageHeight: number,
  ) {}

  /** Glyph runs from `x` on the baseline `baseline` (distance from the top). */
  text(runs: readonly GlyphRun[], x: number, baseline: number, size: number, colour: string): void {
    const shown = runs.map((run) => `/${this.document.fontName(run.font)} ${number(size)} Tf [${textArray(run.glyphs)}] TJ`);
    this.operators.push(`${fillColour(colour)} BT ${number(x)} ${number(this.pageHeight - baseline)} Td ${shown.join(' ')} ET`);
  }

  /** Rectangles filled as one path. */
  rectangles(rectangles: readonly Rectangle[], colour: string): void {
    const path = rectangles.map((box) => `${number(box.x)} ${number(this.pageHeight - box.y - box.height)} ${number(box.width)} ${number(box.height)} re`);
    this.operators.push(`${fillColour(colour)} ${path.join(' ')} f`);
  }

  toString(): string {
    return this.operators.join('\n');
  }
}
