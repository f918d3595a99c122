import type { EventDefinition, Language } from '../events/event-definition';
import { qrMatrix } from '../check-in/qr-matrix';
import { badgeFont } from './badge-fonts';
import { PageContent, type Rectangle } from './pdf/page-content';
import { PdfDocument } from './pdf/pdf-document';
import { PdfFont } from './pdf/pdf-font';
import { fittedLine, glyphRuns, type FontPair, type LineDirection } from './text-line';
import { languageLayouts } from '../email/i18n/language-settings';
import { latinRunsIsolatedPlain } from '../email/latin-runs';

/** What one badge shows. Every text is untrusted and printed as text only. */
export interface BadgeData {
  name: string;
  organisation: string;
  country: string;
  participantType: string;
  /** The ticket token, printed as a QR code. */
  ticketToken: string;
  /** The typed ticket code, `ABCD-EFGH`. */
  ticketCode: string;
}

/** A6 portrait in PostScript points (105 × 148 mm). */
const page = { width: 297.64, height: 419.53, margin: 22 };
const textWidth = page.width - 2 * page.margin;
const brand = '#123c69';
const grey = '#52606d';
const black = '#000000';

type Weight = 'Regular' | 'Bold';

/** The document's four fonts (Noto Sans and Noto Sans Arabic, regular and bold), each subset on its own. */
function documentFonts(): Record<Weight, FontPair> {
  const pair = (weight: Weight) => ({ latin: new PdfFont(badgeFont(`NotoSans-${weight}.ttf`)), arabic: new PdfFont(badgeFont(`NotoSansArabic-${weight}.ttf`)) });
  return { Regular: pair('Regular'), Bold: pair('Bold') };
}

interface LineStyle {
  max: number;
  min: number;
  weight: Weight;
  colour: string;
  align?: 'start' | 'center';
  /** The line's order: the badge language's for our texts, its own ('auto') for what people typed. */
  direction: LineDirection;
}

/** The badge's lines and their alignment follow its language: every line starts on the right of an Arabic badge. */
interface BadgeLayout {
  content: PageContent;
  fonts: Record<Weight, FontPair>;
  rtl: boolean;
}

/** One line from its top `y`, shrunk to fit, aligned to the badge's start side; returns the next line's top, below its font's descent. */
function line({ content, fonts, rtl }: BadgeLayout, text: string, y: number, style: LineStyle): number {
  const { line: laidOut, size } = fittedLine(text, fonts[style.weight], textWidth, style.max, style.min, style.direction);
  const width = laidOut.widthPerPoint * size;
  const x = style.align === 'center' ? (page.width - width) / 2 : rtl ? page.margin + textWidth - width : page.margin;
  content.text(glyphRuns(laidOut), x, y + laidOut.ascentPerPoint * size, size, style.colour);
  // The next line starts below this one's descent: an Arabic name's final yaa (dots below) reached into the organisation's line.
  return y + size * Math.max(1.35, laidOut.heightPerPoint);
}

/** The QR code as vector squares (each row's dark runs as one rectangle): sharp at any printer resolution. */
function qrCode(content: PageContent, token: string, x: number, y: number, size: number): void {
  const modules = qrMatrix(token);
  const cell = size / modules.size;
  const squares: Rectangle[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.get(row, column)) continue;
      let end = column;
      while (end + 1 < modules.size && modules.get(row, end + 1)) end += 1;
      squares.push({ x: x + column * cell, y: y + row * cell, width: (end - column + 1) * cell, height: cell });
      column = end;
    }
  }
  content.rectangles(squares, black);
}

function badge(layout: BadgeLayout, event: EventDefinition, language: Language, data: BadgeData): void {
  // Our texts in the badge's language read in its direction; names and organisations, typed by people, as a <bdi> shows them.
  const ours: LineDirection = layout.rtl ? { rtl: true, latinRuns: true } : 'ltr';
  let y = line(layout, event.name[language], page.margin, { max: 12, min: 7, weight: 'Bold', colour: brand, direction: ours });
  y = line(layout, data.name, y + 28, { max: 30, min: 12, weight: 'Bold', colour: black, direction: 'auto' });
  y = line(layout, data.organisation, y + 4, { max: 18, min: 9, weight: 'Regular', colour: black, direction: 'auto' });
  y = line(layout, data.country, y + 4, { max: 14, min: 8, weight: 'Regular', colour: grey, direction: ours });
  line(layout, data.participantType, y, { max: 14, min: 8, weight: 'Regular', colour: grey, direction: ours });
  const qrSize = 130;
  const qrTop = page.height - page.margin - qrSize - 22;
  qrCode(layout.content, data.ticketToken, (page.width - qrSize) / 2, qrTop, qrSize);
  line(layout, data.ticketCode, qrTop + qrSize + 6, { max: 12, min: 12, weight: 'Bold', colour: black, align: 'center', direction: 'ltr' });
}

/** The document's title in the badge language (a PDF viewer's window and tab show it). */
const documentTitle: { readonly [L in Language]: (eventName: string) => string } = {
  fr: (name) => `Badges – ${name}`,
  en: (name) => `Badges – ${name}`,
  // An Arabic title: right-to-left isolate, the name's Latin runs isolated left to right, as the pages' titles.
  ar: (name) => `\u2067شارات – ${latinRunsIsolatedPlain(name)}\u2069`,
};

/** A PDF of A6 badges, one per page, in the order given (one blank page if there are none). */
export async function renderBadges(event: EventDefinition, language: Language, badges: readonly BadgeData[]): Promise<Buffer> {
  const document = new PdfDocument(page);
  const fonts = documentFonts();
  for (const data of badges) {
    const content = new PageContent(document, page.height);
    badge({ content, fonts, rtl: languageLayouts[language].dir === 'rtl' }, event, language, data);
    document.addPage(content.toString());
  }
  if (badges.length === 0) document.addPage('');
  return document.serialize({ title: documentTitle[language](event.name[language]), producer: 'Rendezvous' });
}
