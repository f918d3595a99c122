import type { EventFilterPattern } from '../shared/workers/index';

/**
 * Whether a stream record matches a Lambda event filter pattern of exact values (the only kind our
 * workers use): every field of the pattern must exist in the record, a leaf list holds the accepted values.
 */
export function matchesFilter(pattern: EventFilterPattern, value: unknown): boolean {
  return Object.entries(pattern).every(([field, expected]) => {
    const actual = (value as Record<string, unknown> | undefined)?.[field];
    if (Array.isArray(expected)) return expected.includes(actual as string);
    return actual !== undefined && matchesFilter(expected as EventFilterPattern, actual);
  });
}
