import type { PdfFont } from './pdf-font';
import { pdfTextString, PdfWriter, ref, type PdfRef } from './pdf-writer';

/**
 * A PDF of same-size pages drawing text in embedded fonts: pages are added with their content
 * stream, fonts get a resource name on first use and are written (subset) when the file is.
 */
export class PdfDocument {
  private readonly writer = new PdfWriter();
  private readonly pageTree = this.writer.reserve();
  private readonly resources = this.writer.reserve();
  private readonly pages: PdfRef[] = [];
  private readonly fonts = new Map<PdfFont, { name: string; object: PdfRef }>();

  constructor(private readonly size: { width: number; height: number }) {}

  /** The font's resource name (`F1`), the same on every page. */
  fontName(font: PdfFont): string {
    let entry = this.fonts.get(font);
    if (entry === undefined) {
      entry = { name: `F${this.fonts.size + 1}`, object: this.writer.reserve() };
      this.fonts.set(font, entry);
    }
    return entry.name;
  }

  addPage(content: string): void {
    const stream = this.writer.addStream(Buffer.from(content, 'latin1'));
    this.pages.push(this.writer.add(`<< /Type /Page /Parent ${ref(this.pageTree)} /MediaBox [0 0 ${this.size.width} ${this.size.height}] /Resources ${ref(this.resources)} /Contents ${ref(stream)} >>`));
  }

  serialize(info: { title: string; producer: string }): Buffer {
    for (const [font, { object }] of this.fonts) font.write(this.writer, object);
    const fonts = [...this.fonts.values()].map(({ name, object }) => `/${name} ${ref(object)}`).join(' ');
    this.writer.define(this.resources, `<< /Font << ${fonts} >> >>`);
    this.writer.define(this.pageTree, `<< /Type /Pages /Kids [${this.pages.map(ref).join(' ')}] /Count ${this.pages.length} >>`);
    const catalog = this.writer.add(`<< /Type /Catalog /Pages ${ref(this.pageTree)} >>`);
    const infoObject = this.writer.add(`<< /Title ${pdfTextString(info.title)} /Producer ${pdfTextString(info.producer)} >>`);
    return this.writer.serialize(catalog, infoObject);
  }
}
