import type { CsvColumn } from './csv';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const wantsXlsx = (accept: string | undefined): boolean => accept?.toLowerCase().includes(xlsxContentType) ?? false;

/**
 * The same columns as the CSV, as an Excel workbook (write-excel-file: maintained, its only
 * dependency fflate). Text cells are written as strings, which Excel never evaluates, so unlike the
 * CSV nothing needs neutralising: `+212…` and `=…` stay as typed. Loaded on first use: only an
 * export pays for it.
 */
export async function toXlsx<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): Promise<Buffer> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const header = columns.map((column) => ({ value: column.header, fontWeight: 'bold' as const }));
  const body = rows.map((row) => columns.map((column) => column.value(row) ?? null));
  return writeExcelFile([header, ...body]).toBuffer();
}
