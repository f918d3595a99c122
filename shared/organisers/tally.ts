import type { CountBy } from './summary-figures';

/** Counts keys (a row may give several, or none), most frequent first, ties by key. */
export function tally<T>(rows: readonly T[], keysOf: (row: T) => string | readonly string[]): CountBy[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const keys = keysOf(row);
    for (const key of typeof keys === 'string' ? [keys] : keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** How many rows fall in each of the given buckets (every bucket present, 0 when empty). */
export function countInto<K extends string, T>(buckets: readonly K[], rows: readonly T[], bucketOf: (row: T) => K | undefined): Record<K, number> {
  const counts = Object.fromEntries(buckets.map((bucket) => [bucket, 0])) as Record<K, number>;
  for (const row of rows) {
    const bucket = bucketOf(row);
    if (bucket !== undefined && bucket in counts) counts[bucket] += 1;
  }
  return counts;
}

/** `at` is after `since` (ISO 8601 instants); everything counts when there is no `since`. */
export const isAfter = (at: string | undefined, since: string | undefined): boolean =>
  at !== undefined && (since === undefined || Date.parse(at) > Date.parse(since));
