/**
 * DynamoDB attribute values (the low-level wire format `AwsCustomResource` passes to UpdateItem),
 * marshalled the way the document client in shared/storage/dynamo-client.ts does it: arrays are
 * lists (never sets), undefined members are left out.
 */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> };

export function toAttributeValue(value: unknown): AttributeValue {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'boolean') return { BOOL: value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot store the number ${value} in DynamoDB`);
    return { N: String(value) };
  }
  if (Array.isArray(value)) return { L: value.map(toAttributeValue) };
  if (typeof value === 'object') return { M: toAttributeMap(value as Record<string, unknown>) };
  throw new Error(`Cannot store a ${typeof value} in DynamoDB`);
}

/** A whole item or key: top-level attribute names to values. */
export function toAttributeMap(item: Record<string, unknown>): Record<string, AttributeValue> {
  const entries = Object.entries(item).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries.map(([name, value]) => [name, toAttributeValue(value)]));
}
