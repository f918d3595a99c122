import { DomainError } from '../domain-error';

/** Opaque pagination cursor: DynamoDB's LastEvaluatedKey, base64url JSON. */
export const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key === undefined ? undefined : Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeCursor(cursor: string | undefined, expectedKeys: string[]): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (expectedKeys.every((name) => typeof key[name] === 'string') && Object.keys(key).length === expectedKeys.length) return key;
  } catch {
    // fall through
  }
  throw new DomainError('invalid', 'validation', 'The cursor is not one this API gave.', [{ path: 'query.cursor', message: 'is not a valid cursor' }]);
}
