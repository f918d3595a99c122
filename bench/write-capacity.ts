/**
 * Part 3: write capacity per committed registration. While the registration load runs, the
 * capacity watcher (bench/consumed-capacity.ts) hands over the ConsumedCapacity that DynamoDB Local
 * returns for every committed TransactWriteItems, and a middleware on the
 * functions' DynamoDB client counts the calls they make. DynamoDB Local's transactional figures do
 * not follow DynamoDB's rules (checkLocalAccounting shows it), so the figure the report relies on
 * is computed: the items those registrations wrote are read back, sized, and priced by the rules.
 * Part 6 (bench/meeting-capacity.ts) prices the items of an accepted meeting with the same helpers.
 */
import { CreateTableCommand, DynamoDBClient, paginateScan, TransactWriteItemsCommand, type ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { dynamo } from '../shared/storage/dynamo-client';
import { confirmationKey, eventCountersKey, registrationEmailKey, registrationKey } from '../shared/storage/keys';
import { tables, type TableName } from '../shared/storage/tables';
import { watchConsumedCapacity } from './consumed-capacity';
import { localDynamoDbClient } from './local-services';
import { itemBytes, transactionalWriteUnits, writeCost, writeUnits, type IndexKeys, type Item, type ItemWrite, type WriteCost } from './item-size';
import { mean, sum } from './stats';

export interface Recording {
  /** ConsumedCapacity of each committed transaction, in commit order. */
  transactions: ConsumedCapacity[][];
  /** DynamoDB calls of the functions by command name (including refused transactions). */
  calls: Record<string, number>;
}

const middlewareName = 'benchCallCounter';

let stopWatching: (() => void) | undefined;

function startRecording(recording: Recording): void {
  stopWatching = watchConsumedCapacity({ TransactWriteItemsCommand: 'INDEXES' }, (consumed) => recording.transactions.push(consumed));
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
  stopWatching?.();
  stopWatching = undefined;
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

/** Every item of every table, by table and `pk|sk`: what the functions have written so far. */
export type StoredItems = Record<TableName, Map<string, Item>>;

export async function readStoredItems(endpoint: string, tableNames: Record<TableName, string>): Promise<StoredItems> {
  const client = localDynamoDbClient(endpoint);
  try {
    const entries = [];
    for (const [name, physical] of Object.entries(tableNames)) entries.push([name, await scanTable(client, physical)] as const);
    return Object.fromEntries(entries) as StoredItems;
  } finally {
    client.destroy();
  }
}

/** The stored item with this key, if any. */
export const storedItem = (items: Map<string, Item>, key: { pk: string; sk: string }): Item | undefined => items.get(`${key.pk}|${key.sk}`);

/** The stored item with this key; throws naming `what` if there is none. */
export function requireStored(items: Map<string, Item>, key: { pk: string; sk: string }, what: string): Item {
  const item = storedItem(items, key);
  if (!item) throw new Error(`${what} ${key.pk} ${key.sk} not found`);
  return item;
}

/** One item of a committed transaction, what kind of item it is and the GSIs of its table. */
export interface TransactionItemWrite {
  kind: string;
  write: ItemWrite;
  indexes: readonly IndexKeys[];
}

export const indexesOfTable = (table: TableName): readonly IndexKeys[] => tables[table].globalIndexes;

export interface ItemFigure {
  item: string;
  /** Items of this kind per commit. */
  count: number;
  /** Mean size of one of them. */
  meanBytes: number;
  /** Units of all of them in one commit. */
  tableUnits: number;
  indexUnits: number;
}

export interface ChargedUnits extends Units {
  /** The same items written with standard (non-transactional) writes: the least DynamoDB charges for them. */
  minimum: number;
  /** KB of data written, GSI copies included, before any rounding. */
  dataKb: number;
  /** Registrations, waitlisted only: the ticket's UpdateItem, outside the transaction (charged, not observed). */
  outsideTransaction: number;
  items: ItemFigure[];
}

type Costed = { kind: string; cost: WriteCost };

function itemFigure(kind: string, commits: readonly Costed[][]): ItemFigure {
  const ofKind = commits.map((items) => items.filter((item) => item.kind === kind).map((item) => item.cost));
  const perCommit = (pick: (cost: WriteCost) => number) => mean(ofKind.map((costs) => sum(costs.map(pick))));
  return {
    item: kind,
    count: mean(ofKind.map((costs) => costs.length)),
    meanBytes: mean(ofKind.flat().map((cost) => cost.bytes)),
    tableUnits: perCommit((cost) => cost.transactional),
    indexUnits: perCommit((cost) => cost.indexes),
  };
}

/**
 * What DynamoDB charges, by its documented rules (bench/item-size.ts), per committed transaction,
 * averaged over `commits` (each the list of items one transaction wrote or checked).
 */
export function chargedUnits(commits: readonly TransactionItemWrite[][], outsideTransaction = 0): ChargedUnits {
  const costed: Costed[][] = commits.map((items) => items.map((item) => ({ kind: item.kind, cost: writeCost(item.write, item.indexes) })));
  const perCommit = (pick: (cost: WriteCost) => number) => mean(costed.map((items) => sum(items.map((item) => pick(item.cost)))));
  const table = perCommit((cost) => cost.transactional);
  const indexes = perCommit((cost) => cost.indexes);
  return {
    total: table + indexes,
    table,
    indexes,
    minimum: perCommit((cost) => cost.standard),
    dataKb: perCommit((cost) => cost.dataKb),
    outsideTransaction,
    items: [...new Set(costed.flat().map((item) => item.kind))].map((kind) => itemFigure(kind, costed)),
  };
}

/**
 * The items one registration's transaction wrote, as stored: the counters update (sized on the
 * counters item as stored at the end; it has no index keys), the email guard, the registration and
 * the confirmation.
 */
function registrationWrites(stored: StoredItems, registrationId: string): TransactionItemWrite[] {
  const registration = requireStored(stored.registrations, registrationKey(registrationId), 'registration');
  const eventId = registration.eventId!.S!;
  const written = (kind: string, table: TableName, action: ItemWrite['action'], item: Item) => ({ kind, write: { action, after: item }, indexes: indexesOfTable(table) });
  return [
    written('counters', 'registrations', 'update', requireStored(stored.registrations, eventCountersKey(eventId), 'counters')),
    written('emailGuard', 'registrations', 'put', requireStored(stored.registrations, registrationEmailKey(eventId, registration.normalizedEmail!.S!), 'email guard')),
    written('registration', 'registrations', 'put', registration),
    written('confirmation', 'confirmations', 'put', requireStored(stored.confirmations, confirmationKey(registration.emailIds!.L![0]!.S!), 'confirmation')),
  ];
}

/** Per registration; a waitlisted one also took a ticket with a plain UpdateItem on the counters, outside the transaction. */
export function registrationCharges(stored: StoredItems, registrationIds: readonly string[]): ChargedUnits {
  const commits = registrationIds.map((id) => registrationWrites(stored, id));
  const ticketUpdates = commits.map((items) => {
    const stored = (kind: string) => items.find((item) => item.kind === kind)!.write.after!;
    return stored('registration').status?.S === 'waitlisted' ? writeUnits(itemBytes(stored('counters'))) : 0;
  });
  return chargedUnits(commits, mean(ticketUpdates));
}

export interface CapacityFigures {
  committed: number;
  transactionAttempts: number;
  /** Average DynamoDB calls per committed transaction (registration, accepted meeting), by command. */
  callsPerCommit: Record<string, number>;
  /** ConsumedCapacity as DynamoDB Local returned it, per committed transaction. */
  reportedByLocal: Units;
  /** By DynamoDB's documented rules, from the sizes of the items written, per committed transaction. */
  charged: ChargedUnits;
  /** charged.total / charged.minimum: what the transaction costs over plain writes of the same items. */
  ratio: number;
}

export function capacityFigures(recording: Recording, charged: ChargedUnits): CapacityFigures {
  return {
    committed: recording.transactions.length,
    transactionAttempts: recording.calls.TransactWriteItemsCommand ?? 0,
    callsPerCommit: Object.fromEntries(
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
