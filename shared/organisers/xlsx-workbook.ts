import { strToU8, zipSync } from 'fflate';

/** A cell as the export writes it: text, a number, a yes/no, or empty. */
export type WorkbookCell = string | number | boolean | null;

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
const officeDocument = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * Text as XML character data: the three markup characters escaped, and the control characters XML 1.0
 * cannot hold at all dropped (a file with one is refused by Excel as corrupt). Quotes need no escape in text.
 */
const xmlText = (text: string): string =>
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The column letters of a 0-based index: A…Z, AA…AZ, BA… */
function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** One cell; text is an inline string (a string cell is never evaluated as a formula); empty and non-finite cells are left out. Style 1 is bold. */
function cellXml(value: WorkbookCell, reference: string, bold: boolean): string {
  const style = bold ? ' s="1"' : '';
  // NaN and the infinities have no spreadsheet value: written as <v>NaN</v>, Excel refuses the whole file.
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  if (typeof value === 'number') return `<c r="${reference}"${style}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

function sheetXml(header: readonly string[], rows: readonly (readonly WorkbookCell[])[]): string {
  const rowXml = (cells: readonly WorkbookCell[], index: number, bold: boolean) =>
    `<row r="${index + 1}">${cells.map((cell, column) => cellXml(cell, `${columnName(column)}${index + 1}`, bold)).join('')}</row>`;
  const body = [rowXml(header, 0, true), ...rows.map((row, index) => rowXml(row, index + 1, false))].join('');
  return `${xmlHeader}<worksheet xmlns="${mainNamespace}"><sheetData>${body}</sheetData></worksheet>`;
}

/** The package parts besides the sheet: what Excel, LibreOffice and Numbers need to open one sheet with a bold style. */
const fixedParts: Record<string, string> = {
  '[Content_Types].xml': `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="${officeDocument}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${officeDocument}.styles+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${officeDocument}.worksheet+xml"/></Types>`,
  '_rels/.rels': `${xmlHeader}<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `${xmlHeader}<workbook xmlns="${mainNamespace}" xmlns:r="${relationships}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `${xmlHeader}<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relationships}/styles" Target="styles.xml"/></Relationships>`,
  'xl/styles.xml': `${xmlHeader}<styleSheet xmlns="${mainNamespace}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
};

/**
 * A one-sheet XLSX workbook (Office Open XML, ECMA-376): a bold header row, then the rows. Written
 * here rather than with a library: the export needs text, numbers and one bold style, which is
 * these few parts zipped by fflate, while write-excel-file (60 KB) set the organisers unit's cold
 * start above its budget (docs/benchmarks.md, part 1).
 */
export function xlsxWorkbook(header: readonly string[], rows: readonly (readonly WorkbookCell[])[]): Uint8Array {
  const parts = { ...fixedParts, 'xl/worksheets/sheet1.xml': sheetXml(header, rows) };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));
}
