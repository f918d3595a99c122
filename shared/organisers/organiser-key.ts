import { createHash, randomBytes } from 'node:crypto';
import { eventOrganiserKeysPartition, organiserKeyKey } from '../storage/keys';

/**
 * An organiser API key: `rvo_` and 32 random bytes (base64url). Only its SHA-256 is stored, so a
 * copy of the table reveals no key; the key itself is printed once by `npm run organiser-key`.
 */
export interface OrganiserKeyRecord {
  pk: string;
  sk: 'ORGANISER-KEY';
  entityType: 'organiser-key';
  eventId: string;
  /** First 12 hex digits of the hash: names the key in logs and listings without revealing it. */
  keyId: string;
  label: string;
  createdAt: string;
  gsi1pk: string;
  gsi1sk: string;
}

export const organiserKeyPrefix = 'rvo_';

export const hashOrganiserKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');
/** Key formats live in storage/keys.ts; re-exported for this feature's modules. */
export { eventOrganiserKeysPartition, organiserKeyKey };

export function generateOrganiserKey(): string {
  return `${organiserKeyPrefix}${randomBytes(32).toString('base64url')}`;
}

export function newOrganiserKeyRecord(key: string, eventId: string, label: string, now: string): OrganiserKeyRecord {
  const keyHash = hashOrganiserKey(key);
  return {
    ...organiserKeyKey(keyHash),
    entityType: 'organiser-key',
    eventId,
    keyId: keyHash.slice(0, 12),
    label,
    createdAt: now,
    gsi1pk: eventOrganiserKeysPartition(eventId),
    gsi1sk: now,
  };
}
