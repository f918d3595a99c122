import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xlsxWorkbook } from '../../shared/organisers/xlsx-workbook';

const sheetOf = (workbook: Uint8Array): string => strFromU8(unzipSync(workbook)['xl/worksheets/sheet1.xml']!);

describe('the XLSX writer of the exports (shared/organisers/xlsx-workbook.ts)', () => {
  it('writes the package parts a spreadsheet needs: content types, relationships, workbook, styles, one sheet', () => {
    expect(Object.keys(unzipSync(xlsxWorkbook(['a'], []))).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
  });

  it('writes a bold header, text as strings (never a formula), numbers, yes/no, and leaves empty cells out', () => {
    const sheet = sheetOf(xlsxWorkbook(['Name', 'Seats', 'Listed', 'Phone'], [['=HYPERLINK("x")', 3, true, null]]));
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Name</t></is></c>');
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK("x")</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>3</v></c><c r="C2" t="b"><v>1</v></c></row>');
    expect(sheet).not.toContain('<f>');
  });

  it('leaves a non-finite number out, as an empty cell: a spreadsheet refuses a file holding NaN or Infinity', () => {
    const sheet = sheetOf(xlsxWorkbook(['a', 'b', 'c', 'd'], [[Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0]]));
    expect(sheet).toContain('<row r="2"><c r="D2"><v>0</v></c></row>');
    expect(sheet).not.toMatch(/NaN|Infinity/);
  });

  it('escapes markup, drops the control characters XML cannot hold, keeps Arabic, and names columns past Z', () => {
    const header = Array.from({ length: 28 }, (_, index) => `h${index}`);
    const sheet = sheetOf(xlsxWorkbook(header, [['<b>&amp;</b>\u0001\u0007 أمينة\tok']]));
    expect(sheet).toContain('&lt;b&gt;&amp;amp;&lt;/b&gt; أمينة\tok');
    expect(sheet).not.toMatch(/[\u0001\u0007]/);
    expect(sheet).toContain('<c r="Z1"');
    expect(sheet).toContain('<c r="AB1"');
  });
});
