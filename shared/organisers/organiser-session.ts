import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { organiserSessionKey } from '../storage/keys';

/**
 * A console session: what the organiser key is exchanged for at sign-in, so the key itself is typed
 * once and never kept by the browser. The token is `rvs_<sessionId>.<secret>`; only the secret's
 * SHA-256 is stored, under the session id, so a copy of the table opens nothing and a session can be
 * revoked by its id (sign-out, or an organiser closing a lost laptop's session with the key).
 */
export interface OrganiserSessionRecord {
  pk: string;
  sk: 'ORGANISER-SESSION';
  entityType: 'organiser-session';
  eventId: string;
  sessionId: string;
  /** The organiser key that opened the session (its `keyId`), for the logs and the export log. */
  keyId: string;
  secretHash: string;
  createdAt: string;
  /** Epoch seconds: checked on every request, and the table's TTL removes the item some time after. */
  expiresAt: number;
  revokedAt?: string;
}

export const organiserSessionPrefix = 'rvs_';
/** Short-lived: one working day at the desk; signing in again takes the key. */
export const organiserSessionLifetimeSeconds = 8 * 3600;

const sessionTokenPattern = /^rvs_([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

export const isOrganiserSessionToken = (token: string): boolean => token.startsWith(organiserSessionPrefix);

/** The session id and secret of a token, or undefined when it is not one. */
export function parseOrganiserSessionToken(token: string): { sessionId: string; secret: string } | undefined {
  const found = sessionTokenPattern.exec(token);
  return found ? { sessionId: found[1]!, secret: found[2]! } : undefined;
}

export function newOrganiserSession(args: { eventId: string; keyId: string; now: Date }): { token: string; record: OrganiserSessionRecord } {
  const sessionId = randomBytes(16).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  const record: OrganiserSessionRecord = {
    ...organiserSessionKey(sessionId),
    entityType: 'organiser-session',
    eventId: args.eventId,
    sessionId,
    keyId: args.keyId,
    secretHash: hashSecret(secret),
    createdAt: args.now.toISOString(),
    expiresAt: Math.floor(args.now.getTime() / 1000) + organiserSessionLifetimeSeconds,
  };
  return { token: `${organiserSessionPrefix}${sessionId}.${secret}`, record };
}

/** Whether `record` is the live session of `secret` at `now` (hash compared in constant time). */
export function sessionAdmits(record: OrganiserSessionRecord | undefined, secret: string, now: Date): record is OrganiserSessionRecord {
  if (record === undefined || record.revokedAt !== undefined || record.expiresAt * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(record.secretHash, 'hex');
  const actual = Buffer.from(hashSecret(secret), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
