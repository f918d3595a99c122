import { runtimeConfig } from '../config/runtime-config';
import { dashboardCountersKey } from '../storage/keys';
import type { TransactionItem } from '../storage/transactions';

/** The groups of dashboard figures; each has its own counter items, so their writers never contend. */
export const dashboardGroups = ['registrations', 'meetings', 'press', 'emails'] as const;
export type DashboardGroup = (typeof dashboardGroups)[number];

/**
 * Shards per group. Two transactions that update one item at the same moment conflict (one is
 * cancelled and retried); spreading a group's additions over a few items makes that rare, and the
 * dashboard still reads them all in one small Query.
 */
export const dashboardShards = 8;

/** Counts a counter item's `writes` attribute keeps: every delta adds one, so a recount can tell a shard moved. */
export const writesAttribute = 'writes';

export type CounterDeltas = Record<string, number>;

/** The `entityType` of every dashboard counter item (shards and bases). */
export const dashboardCountersEntityType = 'dashboard-counters';

/**
 * The one way a transaction moves dashboard figures: an `ADD` of each non-zero delta to one shard
 * of the group (none when nothing changes). Put it in the SAME transaction as the change it counts,
 * so a count can neither drift from a retry nor miss a write.
 */
export function counterDelta(eventId: string, group: DashboardGroup, deltas: CounterDeltas, shard = Math.floor(Math.random() * dashboardShards)): TransactionItem[] {
  const changes = Object.entries(deltas).filter(([, delta]) => delta !== 0);
  if (changes.length === 0) return [];
  // Placeholders by position: counter names (a sector id, a country) are data, never expression syntax.
  const all = [...changes, [writesAttribute, 1] as const];
  return [
    {
      Update: {
        TableName: runtimeConfig().REGISTRATIONS_TABLE,
        Key: dashboardCountersKey(eventId, group, shard),
        UpdateExpression: `ADD ${all.map((_, index) => `#c${index} :c${index}`).join(', ')} SET #entityType = :entityType`,
        ExpressionAttributeNames: { ...Object.fromEntries(all.map(([name], index) => [`#c${index}`, name])), '#entityType': 'entityType' },
        ExpressionAttributeValues: { ...Object.fromEntries(all.map(([, delta], index) => [`:c${index}`, delta])), ':entityType': dashboardCountersEntityType },
      },
    },
  ];
}

/** Deltas that move one thing from one status to another (nothing when they are the same). */
export const statusMove = (from: string | undefined, to: string | undefined): CounterDeltas => {
  if (from === to) return {};
  return { ...(from === undefined ? {} : { [from]: -1 }), ...(to === undefined ? {} : { [to]: 1 }) };
};
