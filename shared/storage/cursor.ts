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

/**
 * The start key a cursor stands for: 400 unless it has exactly `keyAttributes` (strings) and
 * belongs to `partition` of that index (non-empty values DynamoDB accepts as keys), so no cursor can reach another event's data.
 */
export function decodeCursor(
  cursor: string | undefined,
  keyAttributes: readonly string[],
  partition: { attribute: string; value: string },
): Record<string, string> | undefined {
  if (cursor === undefined) return undefined;
  const invalid = new DomainError('invalid', 'invalid-cursor', 'The cursor is not one this list returned.', [
    { path: 'query.cursor', message: 'must be the nextCursor of a previous page' },
  ]);
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (typeof key !== 'object' || key === null) throw invalid;
  const entries = Object.entries(key);
  const wellFormed = entries.length === keyAttributes.length && entries.every(([name, value]) => keyAttributes.includes(name) && isKeyValue(value));
  if (!wellFormed || (key as Record<string, string>)[partition.attribute] !== partition.value) throw invalid;
  return key as Record<string, string>;
}
