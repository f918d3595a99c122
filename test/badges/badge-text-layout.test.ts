import { describe, expect, it } from 'vitest';
import { shapeArabic } from '../../shared/badges/arabic/arabic-shaping';
import { badgeFont } from '../../shared/badges/badge-fonts';
import { bidiClass, lineIsRightToLeft, visualOrder } from '../../shared/badges/bidi-order';
import { subsetTrueTypeFont } from '../../shared/badges/truetype/truetype-subset';

/** The pieces of the badges' text layout, without a PDF: shaping, visual order, font subsets. */
const hex = (codePoints: readonly number[]) => codePoints.map((codePoint) => codePoint.toString(16).toUpperCase());

describe('Arabic shaping', () => {
  it('gives each letter its form from its neighbours: initial, medial, final, and isolated after a right-joining letter', () => {
    // أمينة: alef-hamza (right-joining, isolated), meem initial, yeh medial, noon medial, teh marbuta final.
    expect(hex(shapeArabic('أمينة').map((character) => character.codePoint))).toEqual(['FE83', 'FEE3', 'FEF4', 'FEE8', 'FE94']);
  });

  it('joins lam and alef into the ligature, final after a joining letter, and keeps both letters as its text', () => {
    const shaped = shapeArabic('علاء');
    expect(hex(shaped.map((character) => character.codePoint))).toEqual(['FECB', 'FEFC', 'FE80']);
    expect(shaped.map((character) => character.text)).toEqual(['ع', 'لا', 'ء']);
    expect(hex(shapeArabic('لا').map((character) => character.codePoint))).toEqual(['FEFB']);
  });

  it('looks through marks for the neighbours and leaves other scripts alone', () => {
    expect(hex(shapeArabic('بَب').map((character) => character.codePoint))).toEqual(['FE91', '64E', 'FE90']);
    expect(shapeArabic('Élodie 2').map((character) => character.text).join('')).toBe('Élodie 2');
  });
});

describe('visual order', () => {
  const draw = (text: string) =>
    visualOrder(Array.from(text), bidiClass, lineIsRightToLeft(text))
      .map(({ item }) => item)
      .join('');

  it('reverses right-to-left letters and keeps numbers and Latin words left to right inside them', () => {
    expect(draw('شركة 3M المغرب 2024')).toBe('2024 برغملا 3M ةكرش');
    // After a Latin letter, digits are Latin (rule W7): "3M 2024" is one left-to-right run.
    expect(draw('شركة 3M 2024')).toBe('3M 2024 ةكرش');
    expect(lineIsRightToLeft('2024 شركة')).toBe(true);
  });

  it('leaves a left-to-right line in order, an Arabic word inside it reversed', () => {
    expect(draw('Dr. أمينة')).toBe('Dr. ةنيمأ');
    // After an Arabic letter, digits stay in its run (rules W7, N1), as a browser shows them.
    expect(draw('Dr. أمينة 2')).toBe('Dr. 2 ةنيمأ');
  });
});

describe('font subsets', () => {
  it('keeps the glyphs asked for and the components of composite ones, renumbered', () => {
    const font = badgeFont('NotoSans-Regular.ttf');
    const accented = font.glyphId('é'.codePointAt(0)!);
    const subset = subsetTrueTypeFont(font, [0, accented]);
    const tables = new Map(Array.from({ length: subset.readUInt16BE(4) }, (_, index) => [subset.toString('latin1', 12 + 16 * index, 16 + 16 * index), subset.readUInt32BE(20 + 16 * index)]));
    const glyphCount = subset.readUInt16BE(tables.get('maxp')! + 4);
    expect(glyphCount).toBeGreaterThan(2); // é is e and an acute accent in Noto Sans
    expect(glyphCount).toBeLessThan(10);
    expect(subset.length).toBeLessThan(12_000);
    expect([...tables.keys()]).toEqual(expect.arrayContaining(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']));
  });
});
