import { stringify } from 'csv-stringify/sync';

/** Records (header first) as CSV with a BOM and CRLF line ends; `csv.ts` loads this on the first export only. */
export const writeCsv = (records: readonly (readonly string[])[]): string => stringify(records as string[][], { bom: true, record_delimiter: 'windows' });
