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
  if (typeof value === 'object') {
    const members = Object.entries(value).filter(([, member]) => member !== undefined);
    return { M: Object.fromEntries(members.map(([key, member]) => [key, toAttributeValue(member)])) };
  }
  throw new Error(`Cannot store a ${typeof value} in DynamoDB`);
}
