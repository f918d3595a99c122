import type { CsvColumn } from './csv';
import { xlsxContentType } from './export-media-types';

export { xlsxContentType };

export const wantsXlsx = (accept: string | undefined): boolean => accept?.toLowerCase().includes(xlsxContentType) ?? false;

/**
 * The same columns as the CSV, as an Excel workbook (`xlsx-workbook.ts`). Text cells are written as
 * strings, which Excel never evaluates, so unlike the CSV nothing needs neutralising: `+212…` and
 * `=…` stay as typed. Loaded on first use: only an export pays for it.
 */
export async function toXlsx<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): Promise<Buffer> {
  const { xlsxWorkbook } = await import('./xlsx-workbook');
  const body = rows.map((row) => columns.map((column) => column.value(row) ?? null));
  return Buffer.from(xlsxWorkbook(columns.map((column) => column.header), body));
}
