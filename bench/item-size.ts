/**
 * DynamoDB item sizes and write units, by the rules of the Developer Guide ("DynamoDB item sizes
 * and formats", "Capacity management for transactions", GSI "Write capacity units"):
 * - an item is the sum of its attribute names (UTF-8 bytes) and values: strings in UTF-8 bytes,
 *   numbers ~1 byte per two significant digits + 1, binary raw bytes, boolean/null 1 byte,
 *   list/map 3 bytes + their elements + 1 byte per element, sets the sum of their elements;
 * - a standard write costs 1 WCU per started KB; a transactional write twice that (prepare and
 *   commit); an update, or a put that replaces an item, is sized on the larger of the item before
 *   and after; a delete on the item deleted;
 * - a ConditionCheck in TransactWriteItems is billed as a transactional write, not a read (2 WCU
 *   for an item under 1 KB, measured against DynamoDB by the paritysuite/dynamodb-conformance
 *   suite, PR #67; the Developer Guide only says "two underlying reads or writes of every item in
 *   the transaction"); sized here on the item checked, like a write of it;
 * - each GSI whose key attributes the item has costs one write of the index entry (1 WCU per
 *   started KB; with the ALL projection the entry is the whole item); a change of the entry's key
 *   is two writes (delete the old entry, put the new one). GSIs are updated after the
 *   transaction, as standard writes.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export type Item = Record<string, AttributeValue>;

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

export function itemBytes(item: Item): number {
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
export const indexesOf = (item: Item, indexes: readonly IndexKeys[]): IndexKeys[] =>
  indexes.filter((index) => item[index.partitionKey] !== undefined && item[index.sortKey] !== undefined);

/**
 * One item of a TransactWriteItems, as stored before and after it: `put` (no `before` when it
 * creates the item), `update` (no `before` when it creates the item), `delete` (`before` only) or
 * `check`, a ConditionCheck (`before` only, unchanged).
 */
export interface ItemWrite {
  action: 'put' | 'update' | 'delete' | 'check';
  before?: Item;
  after?: Item;
}

export interface WriteCost {
  /** What the write is sized on: the larger of the item before and after. */
  bytes: number;
  /** In the transaction: 2 WCU per started KB (a ConditionCheck too). */
  transactional: number;
  /** Its GSI writes: 1 WCU per started KB per entry put, updated or deleted; a moved entry is two. */
  indexes: number;
  /** The same change as a standard write, GSI writes included: what it costs at least; 0 for a check. */
  standard: number;
  /** KB stored, GSI copies included, before rounding: the item after, once per index it is in. */
  dataKb: number;
}

const sizeOf = (item: Item | undefined): number => (item ? itemBytes(item) : 0);

const indexKey = (item: Item | undefined, index: IndexKeys): string | undefined =>
  item && indexesOf(item, [index]).length === 1 ? JSON.stringify([item[index.partitionKey], item[index.sortKey]]) : undefined;

/** GSI write units of one index for a write: entry put, updated in place, deleted, or moved (delete + put). */
function indexEntryUnits(write: ItemWrite, index: IndexKeys): number {
  if (write.action === 'check') return 0;
  const [before, after] = [indexKey(write.before, index), indexKey(write.after, index)];
  const [beforeUnits, afterUnits] = [writeUnits(sizeOf(write.before)), writeUnits(sizeOf(write.after))];
  if (before !== undefined && after !== undefined) return before === after ? Math.max(beforeUnits, afterUnits) : beforeUnits + afterUnits;
  if (after !== undefined) return afterUnits;
  return before !== undefined ? beforeUnits : 0;
}

/** What DynamoDB charges for one item of a transaction and its GSI entries (the rules above). */
export function writeCost(write: ItemWrite, indexes: readonly IndexKeys[]): WriteCost {
  const bytes = Math.max(sizeOf(write.before), sizeOf(write.after));
  const indexUnits = indexes.reduce((total, index) => total + indexEntryUnits(write, index), 0);
  const stored = write.after ? (1 + indexesOf(write.after, indexes).length) * sizeOf(write.after) : 0;
  return {
    bytes,
    transactional: transactionalWriteUnits(bytes),
    indexes: indexUnits,
    standard: write.action === 'check' ? 0 : writeUnits(bytes) + indexUnits,
    dataKb: stored / 1024,
  };
}
