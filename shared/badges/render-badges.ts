import PDFDocument from 'pdfkit';
import type { EventDefinition, Language } from '../events/event-definition';
import { badgeFontPath, type BadgeFontFile } from './badge-fonts';
import { fittingSize, lineDirection } from './badge-text';
import { qrMatrix } from '../check-in/qr-matrix';

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
const brand = '#123c69';

type Doc = InstanceType<typeof PDFDocument>;

function fontFor(text: string, weight: 'Regular' | 'Bold'): BadgeFontFile {
  return lineDirection(text) === 'rtl' ? `NotoSansArabic-${weight}.ttf` : `NotoSans-${weight}.ttf`;
}

/** One line, shrunk to fit, aligned to its own start side; Arabic shaped by fontkit and laid out right to left. */
function line(doc: Doc, text: string, options: { y: number; max: number; min: number; weight: 'Regular' | 'Bold'; colour?: string }): number {
  const width = page.width - 2 * page.margin;
  const rtl = lineDirection(text) === 'rtl';
  doc.font(badgeFontPath(fontFor(text, options.weight)));
  const size = fittingSize(text, width, options.max, options.min, (candidate) => doc.fontSize(candidate).widthOfString(text));
  doc
    .fontSize(size)
    .fillColor(options.colour ?? '#000')
    .text(text, page.margin, options.y, { width, align: rtl ? 'right' : 'left', lineBreak: false, ellipsis: true, ...(rtl ? { features: ['rtla'] } : {}) } as PDFKit.Mixins.TextOptions);
  return options.y + size * 1.35;
}

/** The QR code as vector squares: sharp at any printer resolution. */
async function qrCode(doc: Doc, token: string, x: number, y: number, size: number): Promise<void> {
  const modules = await qrMatrix(token);
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) if (modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell, cell);
  }
  doc.fillColor('#000').fill();
}

async function badge(doc: Doc, event: EventDefinition, language: Language, data: BadgeData): Promise<void> {
  let y = line(doc, event.name[language], { y: page.margin, max: 12, min: 7, weight: 'Bold', colour: brand });
  y = line(doc, data.name, { y: y + 28, max: 30, min: 12, weight: 'Bold' });
  y = line(doc, data.organisation, { y: y + 4, max: 18, min: 9, weight: 'Regular' });
  y = line(doc, data.country, { y: y + 4, max: 14, min: 8, weight: 'Regular', colour: '#52606d' });
  line(doc, data.participantType, { y, max: 14, min: 8, weight: 'Regular', colour: '#52606d' });
  const qrSize = 130;
  const qrTop = page.height - page.margin - qrSize - 22;
  await qrCode(doc, data.ticketToken, (page.width - qrSize) / 2, qrTop, qrSize);
  doc.font(badgeFontPath('NotoSans-Bold.ttf')).fontSize(12).fillColor('#000').text(data.ticketCode, page.margin, qrTop + qrSize + 6, { width: page.width - 2 * page.margin, align: 'center', lineBreak: false });
}

/** A PDF of A6 badges, one per page, in the order given. */
export async function renderBadges(event: EventDefinition, language: Language, badges: readonly BadgeData[]): Promise<Buffer> {
  // `font`: our own, so pdfkit never loads its standard Helvetica (data files a Lambda bundle does not carry).
  const doc = new PDFDocument({ size: [page.width, page.height], margin: 0, autoFirstPage: false, font: badgeFontPath('NotoSans-Regular.ttf'), info: { Title: `Badges – ${event.name.en}`, Producer: 'Rendezvous' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const data of badges) {
    doc.addPage();
    await badge(doc, event, language, data);
  }
  if (badges.length === 0) doc.addPage();
  doc.end();
  return done;
}
