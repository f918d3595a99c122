/**
 * The organiser summary's cost: build time and read capacity for an event of 500 and of 5,000
 * registrations (with 300 / 3,000 meeting requests and 10 / 100 accreditations), both events in
 * the same tables. The summary reads by Query on the event's own partitions, so its read capacity
 * follows the event's data (about 10x for 10x the data) and not the table's: the small event costs
 * the same whether the big one is there or not.
 *
 *   npx tsx bench/summary/summary-cost.ts        (standalone; the lead wires it into npm run bench)
 *
 * Read capacity: DynamoDB Local's ConsumedCapacity of the summary's Queries, and the units DynamoDB
 * would charge by its rules (eventually consistent Query: 0.5 RCU per started 4 KB of items read,
 * per page), computed from the sizes of the items read.
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import type { EventDefinition } from '../../shared/events/event-definition';
import { buildSummary } from '../../shared/organisers/build-summary';
import { computeSummary } from '../../shared/organisers/compute-summary';
import { watchConsumedCapacity } from '../consumed-capacity';
import { readSummarySources } from '../../shared/organisers/summary-sources';
import { testEvent } from '../../test/support/test-event';
import { itemBytes } from '../item-size';
import { median, round } from '../stats';
import { organiserDatasetSizes, withBenchTables } from './bench-tables';
import { generateDataset, writeDataset, type DatasetSize } from './synthetic-dataset';

export interface SummaryCostRow {
  registrations: number;
  meetingRequests: number;
  accreditations: number;
  /** Items the summary read (four partitions). */
  itemsRead: number;
  megabytesRead: number;
  /** Median wall time of buildSummary over the runs (DynamoDB Local on this machine). */
  buildMs: number;
  /** Of which computing the figures from the items read (no I/O). */
  computeMs: number;
  /** DynamoDB Local's ConsumedCapacity of one build. */
  localReadUnits: number;
  /** What DynamoDB would charge for one build (0.5 RCU per 4 KB read, eventually consistent). */
  computedReadUnits: number;
}

const sizes = organiserDatasetSizes;
const runs = 5;
const pageBytes = 1024 * 1024;

/** DynamoDB's price of reading these items by Query: pages of up to 1 MB, 0.5 RCU per started 4 KB of each. */
function computedReadUnits(itemSizes: number[]): number {
  let units = 0;
  let page = 0;
  for (const size of itemSizes) {
    if (page + size > pageBytes) {
      units += Math.ceil(page / 4096) * 0.5;
      page = 0;
    }
    page += size;
  }
  return units + Math.ceil(page / 4096) * 0.5;
}

async function measure(event: EventDefinition, size: DatasetSize): Promise<SummaryCostRow> {
  const sources = await readSummarySources(event.id);
  const partitions = [sources.registrations, sources.meetings, sources.press, sources.confirmations];
  const sizesByPartition = partitions.map((items) => items.map((item) => itemBytes(marshall(item, { removeUndefinedValues: true }))));
  const durations: number[] = [];
  let localUnits = 0;
  for (let run = 0; run < runs; run += 1) {
    let units = 0;
    // The summary's reads are its Queries (readSummarySources) and one GetItem of the watermark, not counted here as before.
    const stopWatching = watchConsumedCapacity({ QueryCommand: 'TOTAL' }, ([consumed]) => (units += consumed?.CapacityUnits ?? 0));
    const started = performance.now();
    await buildSummary(event);
    durations.push(performance.now() - started);
    stopWatching();
    localUnits = units;
  }
  const computeDurations = Array.from({ length: runs }, () => {
    const started = performance.now();
    computeSummary(event, sources, undefined, new Date());
    return performance.now() - started;
  });
  const bytes = sizesByPartition.flat().reduce((total, value) => total + value, 0);
  return {
    registrations: size.registrations,
    meetingRequests: size.meetings,
    accreditations: size.press,
    itemsRead: partitions.reduce((total, items) => total + items.length, 0),
    megabytesRead: round(bytes / 1024 / 1024, 2),
    buildMs: round(median(durations), 0),
    computeMs: round(median(computeDurations), 1),
    localReadUnits: round(localUnits, 1),
    computedReadUnits: sizesByPartition.reduce((total, itemSizes) => total + computedReadUnits(itemSizes), 0),
  };
}

/** Starts its own DynamoDB Local, writes both datasets into the same tables, and measures each event. */
export async function runSummaryCostBenchmark(): Promise<{ rows: SummaryCostRow[] }> {
  return withBenchTables('bench-summary', async (tableNames) => {
    const events = sizes.map(() => testEvent({ capacity: 10_000 }));
    for (const [index, size] of sizes.entries()) await writeDataset(tableNames, generateDataset(events[index]!, size, new Date(), index + 1));
    const rows: SummaryCostRow[] = [];
    for (const [index, size] of sizes.entries()) rows.push(await measure(events[index]!, size));
    return { rows };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows } = await runSummaryCostBenchmark();
  console.table(rows);
  const [small, large] = rows;
  if (small && large) {
    console.log(`Read units, ${large.registrations} vs ${small.registrations} registrations: ${round(large.computedReadUnits / small.computedReadUnits, 2)}x (data ${round(large.megabytesRead / small.megabytesRead, 2)}x); build time ${round(large.buildMs / small.buildMs, 2)}x.`);
  }
}
