import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import { dashboardCountersKey, eventCountersKey } from '../storage/keys';
import { backoff, writeNamedTransaction, type TransactionItem } from '../storage/transactions';
import { dashboardCountersEntityType, dashboardGroups, dashboardShards, type DashboardGroup } from './dashboard-counters';
import { readDashboardCounters, sumGroups, type DashboardCounters } from './dashboard-counter-items';
import { countsFromSources, seatsFromSources } from './dashboard-from-tables';
import type { GroupCounts } from './dashboard-figures';
import { readSummarySources } from './summary-sources';

export interface RecountOptions {
  /**
   * Pause between reading the counters and reading the tables, so that every change committed
   * before the counters were read has reached the `gsi1` indexes the tables are read through
   * (they are eventually consistent; usually well under a second in AWS, immediate locally).
   */
  settleMs?: number;
  /**
   * Replaces the `settleMs` pause, run in the same place with the attempt's index: a test commits changes
   * exactly between the two reads instead of racing a timer.
   */
  settle?: (attempt: number) => Promise<void>;
  attempts?: number;
  now?: Date;
}

const table = () => runtimeConfig().REGISTRATIONS_TABLE;

/** Shards may not have moved since they were read: a live delta in between makes the recount start again. */
function shardsUnchanged(eventId: string, group: DashboardGroup, counters: DashboardCounters): TransactionItem[] {
  return Array.from({ length: dashboardShards }, (_, shard): TransactionItem => {
    const read = counters.items.find((item) => item.group === group && item.part === String(shard));
    return {
      ConditionCheck: {
        TableName: table(),
        Key: dashboardCountersKey(eventId, group, shard),
        ...(read === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: '#writes = :writes', ExpressionAttributeNames: { '#writes': 'writes' }, ExpressionAttributeValues: { ':writes': read.writes } }),
      },
    };
  });
}

/** The base that makes base + shards equal the tables' counts. */
function basePut(eventId: string, group: DashboardGroup, target: Record<string, number>, shardSums: Record<string, number>, now: string): TransactionItem {
  const names = new Set([...Object.keys(target), ...Object.keys(shardSums)]);
  const counts = Object.fromEntries([...names].map((name) => [name, (target[name] ?? 0) - (shardSums[name] ?? 0)]));
  return { Put: { TableName: table(), Item: { ...dashboardCountersKey(eventId, group, 'base'), ...counts, entityType: dashboardCountersEntityType, eventId, recountedAt: now } } };
}

/** Only the base's own shards: the sum without the base it replaces. */
const shardItems = (counters: DashboardCounters): DashboardCounters['items'] => counters.items.filter((item) => item.part !== 'base');

function checkedInFix(eventId: string, counters: DashboardCounters, checkedIn: number): TransactionItem {
  return {
    Update: {
      TableName: table(),
      Key: eventCountersKey(eventId),
      UpdateExpression: 'SET #checkedIn = :target',
      ConditionExpression: counters.seats.checkedIn === 0 ? '(attribute_not_exists(#checkedIn) OR #checkedIn = :read)' : '#checkedIn = :read',
      ExpressionAttributeNames: { '#checkedIn': 'checkedInCount' },
      ExpressionAttributeValues: { ':target': checkedIn, ':read': counters.seats.checkedIn },
    },
  };
}

function recountItems(eventId: string, counters: DashboardCounters, target: GroupCounts, checkedIn: number, now: string) {
  const shardSums = sumGroups(shardItems(counters));
  return {
    bases: dashboardGroups.map((group) => basePut(eventId, group, target[group], shardSums[group], now)),
    shards: dashboardGroups.flatMap((group) => shardsUnchanged(eventId, group, counters)),
    checkedIn: checkedInFix(eventId, counters, checkedIn),
  };
}

/**
 * Rebuilds an event's dashboard counters from its tables (events older than the counters, or a
 * suspected bug). It never overwrites a live count: it writes only each group's `base` (what the
 * tables say less what the shards hold), in a transaction that checks every shard is still as it
 * was read BEFORE the tables were read. A delta committed meanwhile fails that check, and the
 * recount starts again; one committed before is in both the shards and (after `settleMs`) the tables.
 */
export async function recountDashboard(eventId: string, options: RecountOptions = {}): Promise<{ attempts: number }> {
  const attempts = options.attempts ?? 20;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const counters = await readDashboardCounters(eventId);
    await (options.settle?.(attempt) ?? new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 2_000)));
    const sources = await readSummarySources(eventId);
    const now = (options.now ?? new Date()).toISOString();
    const outcome = await writeNamedTransaction(recountItems(eventId, counters, countsFromSources(sources), seatsFromSources(sources).checkedIn, now));
    if (outcome.committed) return { attempts: attempt + 1 };
    await backoff(attempt);
  }
  throw new DomainError('busy', 'busy', 'The event kept changing during the recount; run it again at a quieter moment.');
}
