/**
 * Part 3: write capacity per committed registration. While the registration load runs, the
 * `observeConsumedCapacity` hook (shared/storage/transactions.ts) hands over the ConsumedCapacity
 * that DynamoDB Local returns for every committed TransactWriteItems, and a middleware on the
 * functions' DynamoDB client counts the calls they make. DynamoDB Local's transactional figures do
 * not follow DynamoDB's rules (checkLocalAccounting shows it), so the figure the report relies on
 * is computed: the items those registrations wrote are read back, sized, and priced by the rules.
 */
import {
  CreateTableCommand,
  DynamoDBClient,
  paginateScan,
  TransactWriteItemsCommand,
  type AttributeValue,
  type ConsumedCapacity,
} from '@aws-sdk/client-dynamodb';
import { dynamo } from '../shared/storage/dynamo-client';
import { confirmationKey, eventCountersKey, registrationEmailKey, registrationKey } from '../shared/storage/keys';
import { tables } from '../shared/storage/tables';
import { observeConsumedCapacity } from '../shared/storage/transactions';
import { localDynamoDbClient } from './local-services';
import { indexesOf, itemBytes, transactionalWriteUnits, writeUnits, type IndexKeys } from './item-size';
import { mean, sum } from './stats';

type Item = Record<string, AttributeValue>;

export interface Recording {
  /** ConsumedCapacity of each committed transaction, in commit order. */
  transactions: ConsumedCapacity[][];
  /** DynamoDB calls of the functions by command name (including refused transactions). */
  calls: Record<string, number>;
}

const middlewareName = 'benchCallCounter';

function startRecording(recording: Recording): void {
  observeConsumedCapacity((consumed) => recording.transactions.push(consumed));
  dynamo().middlewareStack.add(
    (next, context) => (args) => {
      const name = context.commandName ?? 'unknown';
      recording.calls[name] = (recording.calls[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: middlewareName },
  );
}

function stopRecording(): void {
  observeConsumedCapacity(undefined);
  dynamo().middlewareStack.remove(middlewareName);
}

/** Records the functions' committed-transaction capacity and DynamoDB calls while `work` runs. */
export async function recordDynamoDbActivity<T>(work: () => Promise<T>): Promise<{ result: T; recording: Recording }> {
  const recording: Recording = { transactions: [], calls: {} };
  startRecording(recording);
  try {
    return { result: await work(), recording };
  } finally {
    stopRecording();
  }
}

export interface Units {
  total: number;
  table: number;
  indexes: number;
}

/** Table and GSI units of one transaction's ConsumedCapacity (all tables it touched). */
export function unitsOf(consumed: readonly ConsumedCapacity[]): Units {
  const table = sum(consumed.map((entry) => entry.Table?.CapacityUnits ?? 0));
  const indexes = sum(consumed.flatMap((entry) => Object.values(entry.GlobalSecondaryIndexes ?? {}).map((index) => index.CapacityUnits ?? 0)));
  return { total: sum(consumed.map((entry) => entry.CapacityUnits ?? 0)), table, indexes };
}

const averageUnits = (all: readonly Units[]): Units => ({
  total: mean(all.map((units) => units.total)),
  table: mean(all.map((units) => units.table)),
  indexes: mean(all.map((units) => units.indexes)),
});

/** All items of a table, by `pk|sk`. */
async function scanTable(client: DynamoDBClient, tableName: string): Promise<Map<string, Item>> {
  const items = new Map<string, Item>();
  for await (const page of paginateScan({ client }, { TableName: tableName })) {
    for (const item of page.Items ?? []) items.set(`${item.pk?.S}|${item.sk?.S}`, item);
  }
  return items;
}

const keyOf = (key: { pk: string; sk: string }) => `${key.pk}|${key.sk}`;

export interface StoredItems {
  registrations: Map<string, Item>;
  confirmations: Map<string, Item>;
}

export async function readStoredItems(endpoint: string, tableNames: { registrations: string; confirmations: string }): Promise<StoredItems> {
  const client = localDynamoDbClient(endpoint);
  try {
    return { registrations: await scanTable(client, tableNames.registrations), confirmations: await scanTable(client, tableNames.confirmations) };
  } finally {
    client.destroy();
  }
}

/** The items one registration's transaction wrote, as stored. */
interface WrittenItems {
  counters: Item;
  emailGuard: Item;
  registration: Item;
  confirmation: Item;
}

function writtenItems(stored: StoredItems, registrationId: string): WrittenItems {
  const find = (items: Map<string, Item>, key: { pk: string; sk: string }, what: string): Item => {
    const item = items.get(keyOf(key));
    if (!item) throw new Error(`${what} ${key.pk} not found`);
    return item;
  };
  const registration = find(stored.registrations, registrationKey(registrationId), 'registration');
  const eventId = registration.eventId!.S!;
  return {
    registration,
    counters: find(stored.registrations, eventCountersKey(eventId), 'counters'),
    emailGuard: find(stored.registrations, registrationEmailKey(eventId, registration.normalizedEmail!.S!), 'email guard'),
    confirmation: find(stored.confirmations, confirmationKey(registration.emailIds!.L![0]!.S!), 'confirmation'),
  };
}

export interface ItemFigure {
  item: keyof WrittenItems;
  meanBytes: number;
  tableUnits: number;
  indexUnits: number;
}

export interface ChargedUnits extends Units {
  /** The same items written with standard (non-transactional) writes: the least DynamoDB charges for them. */
  minimum: number;
  /** KB of data written, GSI copies included, before any rounding. */
  dataKb: number;
  /** Waitlisted only: the ticket's UpdateItem, outside the transaction (charged, not observed). */
  outsideTransaction: number;
  items: ItemFigure[];
}

interface ItemUnits {
  bytes: number;
  table: number;
  indexes: number;
  minimum: number;
  dataKb: number;
}

const kinds: (keyof WrittenItems)[] = ['counters', 'emailGuard', 'registration', 'confirmation'];

const indexesOfKind = (kind: keyof WrittenItems): readonly IndexKeys[] =>
  kind === 'confirmation' ? tables.confirmations.globalIndexes : tables.registrations.globalIndexes;

/**
 * An item written in the transaction: 2 WCU per started KB, plus 1 WCU per started KB per GSI
 * entry. Every GSI projects ALL attributes (infra/constructs/data-tables.ts, local/create-tables.ts),
 * so an index entry is as large as the item.
 */
function itemUnits(item: Item, indexes: readonly IndexKeys[]): ItemUnits {
  const bytes = itemBytes(item);
  const entries = indexesOf(item, indexes).length;
  return {
    bytes,
    table: transactionalWriteUnits(bytes),
    indexes: entries * writeUnits(bytes),
    minimum: (1 + entries) * writeUnits(bytes),
    dataKb: ((1 + entries) * bytes) / 1024,
  };
}

const meanOf = (units: readonly ItemUnits[], field: keyof ItemUnits) => mean(units.map((unit) => unit[field]));

/**
 * What DynamoDB charges, by its documented rules, for the items each registration wrote: the
 * counters update (sized on the counters item as stored at the end; it has no index keys), the
 * email guard, the registration and the confirmation.
 */
export function chargedUnits(stored: StoredItems, registrationIds: readonly string[]): ChargedUnits {
  const written = registrationIds.map((id) => writtenItems(stored, id));
  const perKind = kinds.map((kind) => ({ kind, units: written.map((items) => itemUnits(items[kind], indexesOfKind(kind))) }));
  const items: ItemFigure[] = perKind.map(({ kind, units }) => ({
    item: kind,
    meanBytes: meanOf(units, 'bytes'),
    tableUnits: meanOf(units, 'table'),
    indexUnits: meanOf(units, 'indexes'),
  }));
  const total = (field: keyof ItemUnits) => sum(perKind.map(({ units }) => meanOf(units, field)));
  const ticketUpdates = written.map((items) => (items.registration.status?.S === 'waitlisted' ? writeUnits(itemBytes(items.counters)) : 0));
  return {
    total: total('table') + total('indexes'),
    table: total('table'),
    indexes: total('indexes'),
    minimum: total('minimum'),
    dataKb: total('dataKb'),
    outsideTransaction: mean(ticketUpdates),
    items,
  };
}

export interface CapacityFigures {
  committed: number;
  transactionAttempts: number;
  /** Average DynamoDB calls per committed registration, by command. */
  callsPerRegistration: Record<string, number>;
  /** ConsumedCapacity as DynamoDB Local returned it, per committed registration. */
  reportedByLocal: Units;
  /** By DynamoDB's documented rules, from the sizes of the items written, per registration. */
  charged: ChargedUnits;
  /** charged.total / charged.minimum: what the transaction costs over plain writes of the same items. */
  ratio: number;
}

export function capacityFigures(recording: Recording, stored: StoredItems, registrationIds: readonly string[]): CapacityFigures {
  const charged = chargedUnits(stored, registrationIds);
  return {
    committed: recording.transactions.length,
    transactionAttempts: recording.calls.TransactWriteItemsCommand ?? 0,
    callsPerRegistration: Object.fromEntries(
      Object.entries(recording.calls).map(([name, count]) => [name, count / Math.max(1, recording.transactions.length)]),
    ),
    reportedByLocal: averageUnits(recording.transactions.map(unitsOf)),
    charged,
    ratio: charged.total / charged.minimum,
  };
}

export interface LocalAccountingCheck {
  puts: number;
  /** 2 WCU per put of an item under 1 KB. */
  chargedByRules: number;
  reportedByLocal: number;
}

/**
 * Whether DynamoDB Local's transactional ConsumedCapacity follows DynamoDB's rules: three small
 * puts in one transaction, in a scratch table without indexes.
 */
export async function checkLocalAccounting(endpoint: string, tableName: string): Promise<LocalAccountingCheck> {
  const client = localDynamoDbClient(endpoint);
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
    const puts = [1, 2, 3].map((index) => ({ Put: { TableName: tableName, Item: { pk: { S: `item-${index}` }, data: { S: 'x'.repeat(100) } } } }));
    const { ConsumedCapacity } = await client.send(new TransactWriteItemsCommand({ TransactItems: puts, ReturnConsumedCapacity: 'INDEXES' }));
    return { puts: puts.length, chargedByRules: puts.length * transactionalWriteUnits(120), reportedByLocal: unitsOf(ConsumedCapacity ?? []).total };
  } finally {
    client.destroy();
  }
}
