import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredEmailMessage } from '../confirmations/confirmation-record';
import { newConfirmation, putConfirmation } from '../confirmations/confirmation-record';
import { runtimeConfig } from '../config/runtime-config';
import { isUndeliverable } from '../organisers/undeliverable-address';
import { dynamo } from '../storage/dynamo-client';
import { registrationEmailKey, registrationKey } from '../storage/keys';
import { writeTransaction } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { normalizeEmail } from './normalize-email';
import { registrationEmail, waitlistedEmail } from './registration-emails';
import type { RegistrationRecord } from './registration-record';
import { findRegistration, waitlistPosition } from './registration-store';

/** At most one such email per registration in this time: a flood of requests mails nobody twice. */
export const manageLinkInterval = 10 * 60 * 1000;

/** The registration an address holds for the event now (a cancellation frees the address). */
async function registrationOfAddress(eventId: string, email: string): Promise<RegistrationRecord | undefined> {
  const key = registrationEmailKey(eventId, normalizeEmail(email));
  const { Item } = await dynamo().send(new GetCommand({ TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: key, ConsistentRead: true }));
  if (Item === undefined) return undefined;
  const record = await findRegistration(Item.registrationId as string);
  return record !== undefined && record.erasedAt === undefined && record.status !== 'cancelled' ? record : undefined;
}

/** The email the attendee would have received last about their registration's state, links made afresh. */
async function currentStateEmail(record: RegistrationRecord): Promise<StoredEmailMessage> {
  const position = await waitlistPosition(record);
  return position === undefined ? registrationEmail(record, 'registration-confirmed') : waitlistedEmail(record, position);
}

/**
 * "Email me my link again" (docs/registrations.md, "A lost link"): the registration's email, for its
 * state now, to the address it was registered with. Nothing happens, and nothing is said, when the
 * address is not registered, was erased or hard-bounced, or was sent this email less than
 * `manageLinkInterval` ago: the caller's answer is the same in every case. The outbox record and the
 * registration's "emailed at" are written in one transaction whose condition is the interval, so
 * concurrent requests send one email.
 */
export async function emailManageLink(args: { eventId: string; email: string; now: Date }): Promise<void> {
  const record = await registrationOfAddress(args.eventId, args.email);
  if (record === undefined || (await isUndeliverable(args.eventId, record.email))) return;
  const email = newConfirmation(await currentStateEmail(record), record.registrationId, args.now.toISOString());
  const notBefore = new Date(args.now.getTime() - manageLinkInterval).toISOString();
  const update = new UpdateBuilder()
    .set('manageLinkEmailedAt', args.now.toISOString())
    .append('emailIds', [email.confirmationId])
    .when((path, value) => `${path('status')} = ${value(record.status)} AND attribute_not_exists(${path('erasedAt')}) AND (attribute_not_exists(${path('manageLinkEmailedAt')}) OR ${path('manageLinkEmailedAt')} <= ${value(notBefore)})`);
  const registration = { Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: registrationKey(record.registrationId), ...update.build() } };
  await writeTransaction([putConfirmation(email), registration]);
}
