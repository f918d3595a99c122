import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shapeArabic } from '../../shared/badges/arabic/arabic-shaping';
import { badgeFont } from '../../shared/badges/badge-fonts';
import { bidiClass, lineIsRightToLeft, visualOrder } from '../../shared/badges/bidi-order';
import { renderBadges, type BadgeData } from '../../shared/badges/render-badges';
import { subsetTrueTypeFont } from '../../shared/badges/truetype/truetype-subset';
import { techDaysEvent } from '../support/test-event';

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

describe('an Arabic badge', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'rendezvous-badge-layout-'));
  const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
  const person: BadgeData = { name: 'Amina Benali', organisation: 'مجموعة المغرب الرقمي', country: 'المغرب', participantType: 'شركة', ticketToken: 'T'.repeat(40), ticketCode: 'ABCD-EFGH' };
  /** Each word's box on the page ([xMin, xMax] in points), from poppler as a printer's software reads the file. */
  const words = (file: string) =>
    Array.from(poppler('pdftotext', '-bbox', file, '-').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g), ([, xMin, yMin, xMax, text]) => ({ text: text!, xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax) }));
  const render = async (language: 'ar' | 'fr') => {
    const file = join(scratch, `${language}.pdf`);
    writeFileSync(file, await renderBadges(techDaysEvent(), language, [person]));
    return file;
  };

  it('starts every line on the right, a Latin name and organisation included', async () => {
    const file = await render('ar');
    // Words of one line start within a few points of each other (the Arabic font's ascent is taller); the centred ticket code is last.
    const lines: { top: number; right: number }[] = [];
    for (const word of words(file).sort((a, b) => a.yMin - b.yMin)) {
      const current = lines.at(-1);
      if (current && word.yMin - current.top < 8) current.right = Math.max(current.right, word.xMax);
      else lines.push({ top: word.yMin, right: word.xMax });
    }
    const rightEdges = lines.slice(0, -1).map((entry) => entry.right);
    expect(rightEdges).toHaveLength(5);
    for (const edge of rightEdges) expect(edge).toBeCloseTo(297.64 - 22, 0);
  });

  it('reads the event name brand first, right to left, as the emails and pages show it; the title in Arabic', async () => {
    const file = await render('ar');
    const top = words(file).filter((word) => word.yMin < 40);
    const x = (pattern: RegExp) => top.find((word) => pattern.test(word.text))?.xMin ?? Number.NaN;
    // "#TechDays THE NEXT SOCIETY" to the right of "المغرب": the line is right to left, the brand its first (rightmost) part.
    expect(x(/TechDays/)).toBeGreaterThan(x(/[\u0600-\u06ff]/));
    expect(x(/SOCIETY/)).toBeGreaterThan(x(/TechDays/));
    expect(top.find((word) => word.text.includes('TechDays'))?.text).toBe('#TechDays');
    expect(poppler('pdfinfo', file)).toMatch(/Title:\s+\u2067?شارات – /);
  });

  it('keeps a French badge left-aligned with its title in French', async () => {
    const file = await render('fr');
    for (const word of words(file).filter((entry) => entry.text === 'Amina')) expect(word.xMin).toBeCloseTo(22, 0);
    expect(poppler('pdfinfo', file)).toMatch(/Title:\s+Badges – #TechDays THE NEXT SOCIETY Maroc\n/);
  });
});
