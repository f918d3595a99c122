import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { dashboardCountersPrefix, eventCountersKey, eventKey } from '../storage/keys';
import { dashboardGroups, writesAttribute, type DashboardGroup } from './dashboard-counters';
import type { GroupCounts, SeatFigures } from './dashboard-figures';

/** One counter item of a group: a shard live transactions add to, or the base a recount wrote. */
export interface CounterItem {
  group: DashboardGroup;
  part: string;
  counts: Record<string, number>;
  /** How many deltas the item took (0 for a base); a recount checks it did not move. */
  writes: number;
}

export interface DashboardCounters {
  seats: SeatFigures;
  items: CounterItem[];
}

/** Attributes of a counter item that are not counts. */
const notCounts = new Set(['pk', 'sk', writesAttribute, 'entityType', 'eventId', 'recountedAt']);

function counterItem(item: Record<string, unknown>): CounterItem | undefined {
  const [group, part] = String(item.sk).slice(dashboardCountersPrefix.length).split('#') as [DashboardGroup, string];
  if (!dashboardGroups.includes(group)) return undefined;
  const counts = Object.fromEntries(Object.entries(item).filter(([name]) => !notCounts.has(name)).map(([name, value]) => [name, Number(value)]));
  return { group, part, counts, writes: Number(item[writesAttribute] ?? 0) };
}

/**
 * Every counter of the event in ONE strongly consistent Query of its own small partition
 * (`EVENT#<e>`, sort keys starting with `COUNTERS`): the seat counters and the dashboard's shards.
 * Its cost does not grow with the event's registrations, meetings or emails.
 */
export async function readDashboardCounters(eventId: string): Promise<DashboardCounters> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: runtimeConfig().REGISTRATIONS_TABLE,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :counters)',
      ExpressionAttributeValues: { ':pk': eventKey(eventId).pk, ':counters': eventCountersKey(eventId).sk },
      ConsistentRead: true,
    }),
  );
  const seats = Items.find((item) => item.sk === eventCountersKey(eventId).sk);
  return {
    seats: { confirmed: Number(seats?.confirmedCount ?? 0), waitlisted: Number(seats?.waitlistedCount ?? 0), checkedIn: Number(seats?.checkedInCount ?? 0) },
    items: Items.flatMap((item) => counterItem(item) ?? []),
  };
}

/** Each group's counts: its shards and base added up. */
export function sumGroups(items: readonly CounterItem[]): GroupCounts {
  const groups = Object.fromEntries(dashboardGroups.map((group) => [group, {} as Record<string, number>])) as GroupCounts;
  for (const item of items) {
    const sums = groups[item.group];
    for (const [name, count] of Object.entries(item.counts)) sums[name] = (sums[name] ?? 0) + count;
  }
  return groups;
}
