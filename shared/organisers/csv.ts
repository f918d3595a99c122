import { csvMediaType } from './export-media-types';

/** A CSV column: its header and how a row's cell is read. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | undefined;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/** A cell that cannot run as a formula: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` before it. */
export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/**
 * RFC 4180 CSV (CRLF, quotes where needed) with a UTF-8 byte-order mark, so Excel reads Arabic and
 * accented names as UTF-8; every text cell is neutralised against formula injection. The writer
 * (csv-stringify, 11 KB) is loaded on the first export: a list's JSON pages never pay for it.
 */
export async function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): Promise<string> {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      return value === undefined ? '' : typeof value === 'string' ? neutraliseCell(value) : String(value);
    }),
  );
  const { writeCsv } = await import('./csv-writer');
  return writeCsv([columns.map((column) => column.header), ...records]);
}

export const csvContentType = `${csvMediaType}; charset=utf-8`;
