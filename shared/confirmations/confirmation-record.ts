import { ulid } from 'ulid';
import { runtimeConfig } from '../config/runtime-config';
import type { EmailMessage } from '../email/email-message';
import { confirmationKey, eventConfirmationsPartition, unsettledPartition } from '../storage/keys';
import type { TransactionItem } from '../storage/transactions';

/**
 * pending → sending → sent → delivered | bounced | complained (SES feedback)
 *            ↘ retrying (a transient error; the stream retries it) ↘ failed (dead letter; re-drivable)
 *            ↘ erased (the person was erased before it left: nobody to send to; terminal, not a failure)
 */
export type ConfirmationStatus = 'pending' | 'sending' | 'retrying' | 'sent' | 'delivered' | 'bounced' | 'complained' | 'failed' | 'erased';

/**
 * Links that carry a secret: never stored, made by the mailer when it sends. An `expiresAt` is when the
 * link should stop working; the mailer signs it for at least the link's minimum lifetime from sending
 * (link-lifetimes.ts).
 */
export type LinkSpec =
  /** `ticketVersion`: of the door ticket the mailer signs into the QR code of confirmed-seat emails (absent: 0). */
  | { type: 'manage'; registrationId: string; tokenVersion: number; ticketVersion?: number }
  | { type: 'press-decision'; accreditationId: string; contactEmail: string; expiresAt: string }
  /** The journalist's status page (read only) until `expiresAt`. */
  | { type: 'press-status'; accreditationId: string; expiresAt: string }
  /**
   * `expiresAt` since answer links carry an answer token; emails stored before that carry
   * `tokenVersion` instead and are sent with an answer token of the minimum lifetime.
   */
  | { type: 'meeting-answer'; meetingRequestId: string; registrationId: string; expiresAt?: string; tokenVersion?: number }
  | { type: 'agenda-feed'; registrationId: string; feedVersion: number }
  /** The recommendation digest: the directory with a digest token until `expiresAt`, and the manage page (turning the digest off). */
  | { type: 'directory'; eventId: string; registrationId: string; tokenVersion: number; expiresAt: string }
  /** The organiser console (no secret: it asks for the sign-in); made by the mailer so that it follows the web base URL. */
  | { type: 'console'; eventId: string };

type LinkField = 'manageUrl' | 'decisionUrl' | 'statusUrl' | 'answerUrl' | 'agendaUrl' | 'directoryUrl' | 'ticketQrPng' | 'consoleUrl';

/** A message as the outbox stores it: its secret-bearing link as a spec, not a URL. */
export type StoredEmailMessage = EmailMessage extends infer M
  ? M extends { data: infer D }
    ? Omit<M, 'data'> & { data: Omit<D, LinkField>; link?: LinkSpec }
    : never
  : never;

export interface ConfirmationRecord {
  pk: string;
  sk: string;
  entityType: 'confirmation';
  confirmationId: string;
  eventId: string;
  /** The registration (or accreditation, meeting…) the email is about. */
  subjectId: string;
  message: StoredEmailMessage;
  status: ConfirmationStatus;
  /** Failed sending attempts so far (throttling excluded). */
  attempts: number;
  leaseExpiresAt?: number;
  lastError?: string;
  sesMessageId?: string;
  sentAt?: string;
  failedAt?: string;
  /** The person's data was erased (recipient and names blanked): an unsent email is never sent. */
  erasedAt?: string;
  createdAt: string;
  updatedAt: string;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk?: string;
  gsi2sk?: string;
  /** Present while unsettled (pending, sending, retrying): the sweeper's index. */
  gsi3pk?: string;
  gsi3sk?: string;
  expiresAt: number;
}

const retentionSeconds = 400 * 24 * 3600;

/** Statuses from which the email can still leave: the sweeper watches them. */
export const unsettledStatuses: readonly ConfirmationStatus[] = ['pending', 'sending', 'retrying'];

/** Sweeper index sort key: unsettled emails by last change. */
export const unsettledSortKey = (updatedAt: string, confirmationId: string) => `${updatedAt}#${confirmationId}`;

/** Index sort key: the event's emails by status, oldest first. */
export const confirmationStatusSortKey = (status: ConfirmationStatus, createdAt: string, confirmationId: string) =>
  `${status}#${createdAt}#${confirmationId}`;

export function newConfirmation(message: StoredEmailMessage, subjectId: string, now: string): ConfirmationRecord {
  const confirmationId = ulid();
  return {
    ...confirmationKey(confirmationId),
    entityType: 'confirmation',
    confirmationId,
    eventId: message.eventId,
    subjectId,
    message,
    status: 'pending',
    attempts: 0,
    createdAt: now,
    updatedAt: now,
    gsi1pk: eventConfirmationsPartition(message.eventId),
    gsi1sk: confirmationStatusSortKey('pending', now, confirmationId),
    gsi3pk: unsettledPartition,
    gsi3sk: unsettledSortKey(now, confirmationId),
    expiresAt: Math.floor(Date.parse(now) / 1000) + retentionSeconds,
  };
}

/** An email that never left because its recipient was erased: neither a delivery nor a problem. */
export const erasedUnsent = (record: Pick<ConfirmationRecord, 'status' | 'erasedAt'>): boolean =>
  record.status === 'erased' || (record.status === 'failed' && record.erasedAt !== undefined);

/** The transaction item that records an email to send: written with the change it reports. */
export function putConfirmation(record: ConfirmationRecord): TransactionItem {
  return {
    Put: {
      TableName: runtimeConfig().CONFIRMATIONS_TABLE,
      Item: record,
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}
