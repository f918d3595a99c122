import { DomainError } from '../domain-error';

/** An opaque page cursor: the base64url JSON of DynamoDB's LastEvaluatedKey. */
export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  return lastKey === undefined ? undefined : Buffer.from(JSON.stringify(lastKey), 'utf8').toString('base64url');
}

/** DynamoDB refuses empty key strings and sort keys over 1,024 bytes (a ValidationException, so a 500). */
const maxKeyBytes = 1024;

function isKeyValue(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && Buffer.byteLength(value, 'utf8') <= maxKeyBytes;
}

/** The key a cursor encodes when it is a JSON object of DynamoDB key strings, whatever list it came from. */
function keyOf(cursor: string): Record<string, string> | undefined {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) return undefined;
  return Object.values(key).every(isKeyValue) ? (key as Record<string, string>) : undefined;
}

/** Whether a cursor could have come from a list (checked with the query's other fields, before the list is known). */
export const isCursorShaped = (cursor: string): boolean => keyOf(cursor) !== undefined;

/**
 * The start key a cursor stands for: 400 unless it has exactly `keyAttributes` (strings) and
 * belongs to `partition` of that index (non-empty values DynamoDB accepts as keys), so no cursor can reach another event's data.
 * A list read with a sort-key condition (`begins_with(gsi1sk, 'confirmed#')`, a status filter) passes
 * it as `sortKey`: DynamoDB refuses a start key outside the condition with a ValidationException ("The
 * provided starting key does not match the range key predicate"), which was a 500 for a cursor of
 * the unfiltered list (or another status) sent with `status=` (found by the outside probe).
 */
export function decodeCursor(
  cursor: string | undefined,
  keyAttributes: readonly string[],
  partition: { attribute: string; value: string },
  sortKey?: { attribute: string; prefix: string },
): Record<string, string> | undefined {
  if (cursor === undefined) return undefined;
  const invalid = new DomainError('invalid', 'invalid-cursor', 'The cursor is not one this list returned.', [
    { path: 'query.cursor', message: 'must be the nextCursor of a previous page' },
  ]);
  const key = keyOf(cursor);
  if (key === undefined) throw invalid;
  const names = Object.keys(key);
  const wellFormed = names.length === keyAttributes.length && names.every((name) => keyAttributes.includes(name));
  if (!wellFormed || key[partition.attribute] !== partition.value) throw invalid;
  if (sortKey !== undefined && !key[sortKey.attribute]!.startsWith(sortKey.prefix)) throw invalid;
  return key;
}
