/**
 * DynamoDB item sizes and write units, by the rules of the Developer Guide ("DynamoDB item sizes
 * and formats", "Capacity management for transactions", GSI "Write capacity units"):
 * - an item is the sum of its attribute names (UTF-8 bytes) and values: strings in UTF-8 bytes,
 *   numbers ~1 byte per two significant digits + 1, binary raw bytes, boolean/null 1 byte,
 *   list/map 3 bytes + their elements + 1 byte per element, sets the sum of their elements;
 * - a standard write costs 1 WCU per started KB; a transactional write twice that (prepare and
 *   commit); an update is sized on the larger of the item before and after;
 * - each GSI whose key attributes the item has costs one write of the index entry (1 WCU per
 *   started KB; with the ALL projection the entry is the whole item). GSIs are updated after the
 *   transaction, as standard writes.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Significant digits of a DynamoDB number (sign, point, leading and trailing zeroes dropped). */
export function numberBytes(text: string): number {
  const digits = text.replace(/^[-+]/, '').replace(/[eE].*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

const binaryBytes = (value: Uint8Array | string): number => (typeof value === 'string' ? Buffer.from(value, 'base64').length : value.byteLength);

export function attributeValueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return utf8Bytes(value.S);
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return binaryBytes(value.B);
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((total, element) => total + utf8Bytes(element), 0);
  if (value.NS !== undefined) return value.NS.reduce((total, element) => total + numberBytes(element), 0);
  if (value.BS !== undefined) return value.BS.reduce((total, element) => total + binaryBytes(element), 0);
  if (value.L !== undefined) return 3 + value.L.reduce((total, element) => total + 1 + attributeValueBytes(element), 0);
  if (value.M !== undefined) return 3 + Object.values(itemEntries(value.M)).reduce((total, bytes) => total + 1 + bytes, 0);
  throw new Error(`Unknown attribute value type: ${Object.keys(value).join(',')}`);
}

/** Bytes of each top-level attribute, name included. */
function itemEntries(item: Record<string, AttributeValue>): Record<string, number> {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, utf8Bytes(name) + attributeValueBytes(value)]));
}

export function itemBytes(item: Record<string, AttributeValue>): number {
  return Object.values(itemEntries(item)).reduce((total, bytes) => total + bytes, 0);
}

const kilobyte = 1024;

/** Write units of one standard write of an item of `bytes` (1 per started KB, at least 1). */
export const writeUnits = (bytes: number): number => Math.max(1, Math.ceil(bytes / kilobyte));

/** Write units of one item written inside TransactWriteItems (prepare + commit). */
export const transactionalWriteUnits = (bytes: number): number => 2 * writeUnits(bytes);

export interface IndexKeys {
  indexName: string;
  partitionKey: string;
  sortKey: string;
}

/** The GSIs an item is written to: those whose key attributes it has (sparse indexes). */
export const indexesOf = (item: Record<string, AttributeValue>, indexes: readonly IndexKeys[]): IndexKeys[] =>
  indexes.filter((index) => item[index.partitionKey] !== undefined && item[index.sortKey] !== undefined);
