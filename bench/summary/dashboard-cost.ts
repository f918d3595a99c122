/**
 * The console dashboard's read against the old one (GET …/summary, which queried the event's
 * tables), for an event of 500 and of 5,000 registrations (with 300 / 3,000 meeting requests and
 * 10 / 100 accreditations) in the same tables. The items are written directly (fast), then the
 * recount builds the counters, as it would for an event older than them, and every shard is then
 * touched (touchEveryShard) so the dashboard reads the items of a live event, not a freshly recounted one.
 *
 *   npx tsx bench/summary/dashboard-cost.ts     (or npm run bench -- --only dashboard --skip-scheduling)
 *
 * Read capacity: DynamoDB Local's ConsumedCapacity (ReturnConsumedCapacity TOTAL) of each path, and
 * what DynamoDB would charge by its rules for the items read (the dashboard's Query is strongly
 * consistent: 1 RCU per started 4 KB; the summary's Queries are eventually consistent: 0.5).
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { EventDefinition } from '../../shared/events/event-definition';
import { buildSummary } from '../../shared/organisers/build-summary';
import { readDashboardCounters } from '../../shared/organisers/dashboard-counter-items';
import { readDashboard } from '../../shared/organisers/read-dashboard';
import { recountDashboard } from '../../shared/organisers/recount-dashboard';
import { readSummarySources } from '../../shared/organisers/summary-sources';
import { runtimeConfig } from '../../shared/config/runtime-config';
import { dynamo } from '../../shared/storage/dynamo-client';
import { eventCountersKey, eventKey } from '../../shared/storage/keys';
import { testEvent } from '../../test/support/test-event';
import { watchConsumedCapacity } from '../consumed-capacity';
import { itemBytes } from '../item-size';
import { median, nowMs, percentile, round } from '../stats';
import { counterDelta, dashboardGroups, dashboardShards } from '../../shared/organisers/dashboard-counters';
import type { GroupCounts } from '../../shared/organisers/dashboard-figures';
import { countsFromSources } from '../../shared/organisers/dashboard-from-tables';
import { writeTransaction } from '../../shared/storage/transactions';
import { organiserDatasetSizes, withBenchTables } from './bench-tables';
import { generateDataset, writeDataset, type DatasetSize } from './synthetic-dataset';

export type DashboardCostRow = {
  registrations: number;
  path: 'summary (tables, before)' | 'dashboard (counters, after)';
  /** Items one read returned. */
  itemsRead: number;
  kilobytesRead: number;
  /** DynamoDB Local's ConsumedCapacity of one read. */
  localReadUnits: number;
  p50Ms: number;
  p95Ms: number;
};

const summaryRuns = 5;
const dashboardRuns = 50;

async function timedRuns(runs: number, read: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = nowMs();
    await read();
    durations.push(nowMs() - started);
  }
  return durations;
}

const kilobytes = (items: readonly object[]) => round(items.reduce((total, item) => total + itemBytes(marshall(item, { removeUndefinedValues: true })), 0) / 1024, 1);

/** DynamoDB Local's ConsumedCapacity of every Query `read` makes. */
async function readUnitsOf(read: () => Promise<unknown>): Promise<number> {
  let units = 0;
  const stopWatching = watchConsumedCapacity({ QueryCommand: 'TOTAL' }, (consumed) => (units += consumed.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0)));
  try {
    await read();
  } finally {
    stopWatching();
  }
  return units;
}

/** What one path reads: its items as stored (to size them), the read whose units are counted, and the read timed `runs` times. */
interface MeasuredPath {
  path: DashboardCostRow['path'];
  items: readonly object[];
  countedRead: () => Promise<unknown>;
  timedRead: () => Promise<unknown>;
  runs: number;
}

async function costRow(size: DatasetSize, measured: MeasuredPath): Promise<DashboardCostRow> {
  const units = await readUnitsOf(measured.countedRead);
  const durations = await timedRuns(measured.runs, measured.timedRead);
  return {
    registrations: size.registrations,
    path: measured.path,
    itemsRead: measured.items.length,
    kilobytesRead: kilobytes(measured.items),
    localReadUnits: round(units, 1),
    p50Ms: round(median(durations), 1),
    p95Ms: round(percentile(durations, 95), 1),
  };
}

async function summaryRow(event: EventDefinition, size: DatasetSize): Promise<DashboardCostRow> {
  const items = Object.values(await readSummarySources(event.id)).flat();
  const read = () => buildSummary(event);
  return costRow(size, { path: 'summary (tables, before)', items, countedRead: read, timedRead: read, runs: summaryRuns });
}

/** The counter items as stored, to size them. */
async function counterItems(eventId: string): Promise<Record<string, unknown>[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: runtimeConfig().REGISTRATIONS_TABLE,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :counters)',
      ExpressionAttributeValues: { ':pk': eventKey(eventId).pk, ':counters': eventCountersKey(eventId).sk },
    }),
  );
  return Items;
}

async function dashboardRow(event: EventDefinition, size: DatasetSize): Promise<DashboardCostRow> {
  return costRow(size, {
    path: 'dashboard (counters, after)',
    items: await counterItems(event.id),
    countedRead: () => readDashboardCounters(event.id),
    timedRead: () => readDashboard(event.id),
    runs: dashboardRuns,
  });
}

/**
 * A live event's counters: after the recount, every shard of every group takes a change of every
 * count (+1 then −1, so the figures stay the tables'), as weeks of registrations would leave them.
 */
async function touchEveryShard(eventId: string, counts: GroupCounts): Promise<void> {
  for (const group of dashboardGroups) {
    const names = Object.keys(counts[group]);
    for (let shard = 0; shard < dashboardShards; shard += 1) {
      for (const sign of [1, -1]) await writeTransaction(counterDelta(eventId, group, Object.fromEntries(names.map((name) => [name, sign])), shard));
    }
  }
}

export async function runDashboardCostBenchmark(): Promise<{ rows: DashboardCostRow[]; recountMs: number[] }> {
  return withBenchTables('bench-dashboard', async (tableNames) => {
    const events = organiserDatasetSizes.map(() => testEvent({ capacity: 10_000 }));
    const recountMs: number[] = [];
    for (const [index, size] of organiserDatasetSizes.entries()) {
      const event = events[index]!;
      await writeDataset(tableNames, generateDataset(event, size, new Date(), index + 1));
      const started = nowMs();
      await recountDashboard(event.id, { settleMs: 0 });
      recountMs.push(round(nowMs() - started, 0));
      await touchEveryShard(event.id, countsFromSources(await readSummarySources(event.id)));
    }
    const rows: DashboardCostRow[] = [];
    for (const [index, size] of organiserDatasetSizes.entries()) rows.push(await summaryRow(events[index]!, size), await dashboardRow(events[index]!, size));
    return { rows, recountMs };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, recountMs } = await runDashboardCostBenchmark();
  console.table(rows);
  console.log(`Recount (build the counters from the tables): ${recountMs.join(' ms, ')} ms.`);
}
