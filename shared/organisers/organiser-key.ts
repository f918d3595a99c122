import { createHash, randomBytes } from 'node:crypto';
import { eventOrganiserKeysPartition, organiserKeyKey } from '../storage/keys';

/**
 * What a key may do: `organiser`, every admin route of its event; `door-staff`, only finding and checking people in
 * at the door (docs/check-in.md), so a phone lost at the entrance exposes no registration list.
 */
export type KeyRole = 'organiser' | 'door-staff';
export const keyRoles: readonly KeyRole[] = ['organiser', 'door-staff'];

/**
 * An organiser API key: `rvo_` (door staff: `rvd_`) and 32 random bytes (base64url). Only its SHA-256 is
 * stored, so a copy of the table reveals no key; the key itself is printed once by `npm run organiser-key`.
 */
export interface OrganiserKeyRecord {
  pk: string;
  sk: 'ORGANISER-KEY';
  entityType: 'organiser-key';
  eventId: string;
  /** First 12 hex digits of the hash: names the key in logs and listings without revealing it. */
  keyId: string;
  label: string;
  /** Absent on keys made before door-staff keys existed: organiser. */
  role?: KeyRole;
  createdAt: string;
  gsi1pk: string;
  gsi1sk: string;
}

export const organiserKeyPrefix = 'rvo_';
const keyPrefixes: Record<KeyRole, string> = { organiser: organiserKeyPrefix, 'door-staff': 'rvd_' };

export const hashOrganiserKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');
/** Key formats live in storage/keys.ts; re-exported for this feature's modules. */
export { eventOrganiserKeysPartition, organiserKeyKey };

export function generateOrganiserKey(role: KeyRole = 'organiser'): string {
  return `${keyPrefixes[role]}${randomBytes(32).toString('base64url')}`;
}

export const roleOf = (record: Pick<OrganiserKeyRecord, 'role'>): KeyRole => record.role ?? 'organiser';

export function newOrganiserKeyRecord(key: string, eventId: string, label: string, now: string, role: KeyRole = 'organiser'): OrganiserKeyRecord {
  const keyHash = hashOrganiserKey(key);
  return {
    ...organiserKeyKey(keyHash),
    entityType: 'organiser-key',
    eventId,
    keyId: keyHash.slice(0, 12),
    label,
    role,
    createdAt: now,
    gsi1pk: eventOrganiserKeysPartition(eventId),
    gsi1sk: now,
  };
}
