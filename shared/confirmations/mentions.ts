import { runtimeConfig } from '../config/runtime-config';
import { mentionKey } from '../storage/keys';
import type { TransactionItem } from '../storage/transactions';
import type { ConfirmationRecord, StoredEmailMessage } from './confirmation-record';

/**
 * Keys under which a message names a participant: the recipient (`recipient.registrationId`,
 * `data.registrationId`, `link.registrationId`), a counterpart's profile (`registrationId`) and an
 * agenda entry's counterpart (`counterpartId`).
 */
const idKeys = new Set(['registrationId', 'counterpartId']);

function collectIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const element of value) collectIds(element, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (idKeys.has(key) && typeof inner === 'string' && inner !== '') into.add(inner);
      else collectIds(inner, into);
    }
  }
}

/** Every participant a stored message names, as recipient or as somebody it shows. */
export function mentionedRegistrationIds(message: StoredEmailMessage): string[] {
  const ids = new Set<string>();
  collectIds(message, ids);
  return [...ids].sort();
}

const isConfirmationPut = (item: TransactionItem): item is TransactionItem & { Put: { Item: ConfirmationRecord } } =>
  item.Put?.TableName === runtimeConfig().CONFIRMATIONS_TABLE && (item.Put.Item as Partial<ConfirmationRecord> | undefined)?.entityType === 'confirmation';

/**
 * The mention items of the emails a transaction records (`MENTIONS#<registrationId>` / `<confirmationId>`,
 * ids only), written with them: erasure reads one partition per person to find every email that
 * names them, whatever feature wrote it. Added by `writeTransaction` itself, at the end of the
 * transaction (positions of the caller's items unchanged), so no writer can forget them.
 */
export function mentionItems(items: readonly TransactionItem[]): TransactionItem[] {
  return items.filter(isConfirmationPut).flatMap(({ Put: { Item: record } }) =>
    mentionedRegistrationIds(record.message).map(
      (registrationId): TransactionItem => ({
        Put: {
          TableName: runtimeConfig().CONFIRMATIONS_TABLE,
          Item: { ...mentionKey(registrationId, record.confirmationId), entityType: 'mention', eventId: record.eventId, expiresAt: record.expiresAt },
        },
      }),
    ),
  );
}

/** DynamoDB's limit on the items of one transaction. */
export const transactionItemLimit = 100;

/**
 * The mention items of `items` split in those that fit in the transaction and those that must be
 * written before it (an organiser summary can name more people than a transaction holds). Written
 * before, a mention is harmless if the transaction then fails: erasure drops a mention whose email
 * does not exist.
 */
export function placeMentions(items: readonly TransactionItem[]): { inline: TransactionItem[]; before: Record<string, unknown>[] } {
  const mentions = mentionItems(items);
  const room = Math.max(0, transactionItemLimit - items.length);
  return { inline: mentions.slice(0, room), before: mentions.slice(room).map((mention) => mention.Put!.Item as Record<string, unknown>) };
}

/** Fields of a participant's profile or record that say who they are (taxonomy and country stay). */
const personalFields = ['firstName', 'lastName', 'organisation', 'jobTitle', 'email', 'phone', 'name', 'offer', 'request', 'accessibilityNeeds'];

function blankPersonOf(value: unknown, registrationId: string): unknown {
  if (Array.isArray(value)) return value.map((element) => blankPersonOf(element, registrationId));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const isThem = object.registrationId === registrationId;
  const entries = Object.entries(object).map(([key, inner]): [string, unknown] => {
    if (isThem && personalFields.includes(key) && typeof inner === 'string') return [key, ''];
    return [key, blankPersonOf(inner, registrationId)];
  });
  const blanked = Object.fromEntries(entries);
  // A profile says it was erased, so templates word the email without the name instead of showing blanks.
  if (isThem && typeof object.firstName === 'string') blanked.erased = true;
  // An agenda entry names its counterpart in one string.
  if (object.counterpartId === registrationId && typeof object.counterpart === 'string') Object.assign(blanked, { counterpart: '', counterpartErased: true });
  return blanked;
}

function hasErasedMarker(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasErasedMarker);
  if (value === null || typeof value !== 'object') return false;
  const object = value as Record<string, unknown>;
  return object.erased === true || object.counterpartErased === true || Object.values(object).some(hasErasedMarker);
}

/**
 * Whether `message` shows somebody who erased their data (the markers {@link scrubMention} sets, also
 * on profiles read from an erased registration): its content is about a person who is gone, so it
 * is not sent again.
 */
export function namesErasedPerson(message: StoredEmailMessage): boolean {
  return hasErasedMarker(message.data);
}

/**
 * `message` with nothing left of the participant `registrationId`: their profile wherever it is
 * shown, the words they wrote to the reader (a request's message, a decline's reason) and, when the
 * email is to them, the recipient. `toThem` says the email must never leave.
 */
export function scrubMention(message: StoredEmailMessage, registrationId: string): { message: StoredEmailMessage; toThem: boolean } {
  const scrubbed = blankPersonOf(message, registrationId) as StoredEmailMessage & { data: Record<string, unknown> };
  const data = scrubbed.data as Record<string, unknown> & { counterpart?: { registrationId?: string } };
  if (data.counterpart?.registrationId === registrationId) {
    if (typeof data.message === 'string') data.message = '';
    if (typeof data.reason === 'string') data.reason = '';
  }
  const link = scrubbed.link as { registrationId?: string } | undefined;
  const toThem = message.recipient.registrationId === registrationId || data.registrationId === registrationId || link?.registrationId === registrationId;
  if (toThem) scrubbed.recipient = { ...scrubbed.recipient, email: '', name: '' };
  return { message: scrubbed, toThem };
}
