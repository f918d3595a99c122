import { deflateSync } from 'node:zlib';

/** An indirect object's number (generation 0 always: the file is written once). */
export type PdfRef = number;

export const ref = (object: PdfRef) => `${object} 0 R`;

/** A text string for the document information (any Unicode): UTF-16BE with its byte order mark, in hex. */
export function pdfTextString(text: string): string {
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

/**
 * The objects of a PDF file and its serialization (header, objects, cross-reference table, trailer;
 * PDF 1.7, ISO 32000-1 section 7.5). Objects are numbered when reserved, so that a page can name its
 * parent, or a font its descriptor, before they are written.
 */
export class PdfWriter {
  private readonly bodies: (Buffer | undefined)[] = [];

  reserve(): PdfRef {
    this.bodies.push(undefined);
    return this.bodies.length;
  }

  define(object: PdfRef, body: string | Buffer): PdfRef {
    this.bodies[object - 1] = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
    return object;
  }

  add(body: string | Buffer): PdfRef {
    return this.define(this.reserve(), body);
  }

  /** A stream object, Flate-compressed; `entries` are extra dictionary entries (`/Length1 123`). */
  addStream(data: Buffer, entries = ''): PdfRef {
    const compressed = deflateSync(data);
    return this.add(Buffer.concat([Buffer.from(`<< /Length ${compressed.length} /Filter /FlateDecode ${entries}>>\nstream\n`, 'latin1'), compressed, Buffer.from('\nendstream', 'latin1')]));
  }

  /** The whole file; every reserved object must have been defined. */
  serialize(catalog: PdfRef, info: PdfRef): Buffer {
    // The binary comment line tells transfer tools the file is not text.
    const header = Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1');
    const parts: Buffer[] = [header];
    let offset = header.length;
    const offsets = this.bodies.map((body, index) => {
      if (body === undefined) throw new Error(`PDF object ${index + 1} was reserved and never written.`);
      const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
      parts.push(object);
      const at = offset;
      offset += object.length;
      return at;
    });
    const entries = offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
    const size = this.bodies.length + 1;
    parts.push(Buffer.from(`xref\n0 ${size}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${size} /Root ${ref(catalog)} /Info ${ref(info)} >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(parts);
  }
}
