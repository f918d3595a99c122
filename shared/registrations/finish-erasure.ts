import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import type { ConfirmationRecord } from '../confirmations/confirmation-record';
import { scrubMention } from '../confirmations/mentions';
import type { EventDefinition } from '../events/event-definition';
import { cancelMeetingsOf } from '../meetings/cancel-meetings-of';
import { participationsOf } from '../meetings/meeting-store';
import { dynamo } from '../storage/dynamo-client';
import { confirmationKey, meetingKey, mentionKey, mentionPartition, registrationKey } from '../storage/keys';
import { queryAll } from '../storage/query-all';
import { backoff, writeTransaction, type TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';

const attempts = 8;

/** Writes `items` until they commit; a conflict with the mailer or another sweep is retried. */
async function writeRetrying(items: TransactionItem[], what: string): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if ((await writeTransaction(items)).committed) return;
    await backoff(attempt);
  }
  throw new Error(`erasure: ${what} kept conflicting`);
}

/** The words the person wrote into meetings: a request's message (as requester), a decline's reason (as recipient). */
async function scrubMeetings(registrationId: string): Promise<number> {
  const participations = await participationsOf(registrationId);
  for (const participation of participations) {
    const update = new UpdateBuilder().when((path) => `attribute_exists(${path('pk')})`);
    if (participation.role === 'requester') update.set('message', '');
    else update.remove('declineReason');
    const item: TransactionItem = { Update: { TableName: runtimeConfig().MEETING_REQUESTS_TABLE, Key: meetingKey(participation.meetingRequestId), ...update.build() } };
    await writeRetrying([item], `meeting ${participation.meetingRequestId}`);
  }
  return participations.length;
}

/**
 * Every email naming the person (their `MENTIONS#` partition, written with the emails): their
 * profile blanked wherever shown, and when the email is to them, the recipient too (an unsent one
 * never leaves: `erasedAt`). A request of theirs whose email has not left yet is not sent either (it
 * would invite an answer to a request erasure withdrew), nor then the withdrawal of that request
 * (`unsentRequestNews`). Each scrub removes its mention item in the same transaction, so a retry
 * resumes where a crash stopped. Mentions come in the order the emails were written (ULIDs), so a
 * request's email comes before its withdrawal's.
 */
async function scrubMentions(registrationId: string, now: string): Promise<number> {
  const table = runtimeConfig().CONFIRMATIONS_TABLE;
  const mentions = await queryAll<{ sk: string }>({ TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': mentionPartition(registrationId) }, ConsistentRead: true });
  const unsentRequests = new Set<string>();
  for (const { sk: confirmationId } of mentions) {
    const done: TransactionItem = { Delete: { TableName: table, Key: mentionKey(registrationId, confirmationId) } };
    const { Item } = await dynamo().send(new GetCommand({ TableName: table, Key: confirmationKey(confirmationId), ConsistentRead: true }));
    if (Item === undefined) {
      await writeRetrying([done], `mention ${confirmationId}`);
      continue;
    }
    const record = Item as ConfirmationRecord;
    const { message, toThem } = scrubMention(record.message, registrationId);
    const news = unsentRequestNews(record, registrationId, unsentRequests);
    if (news !== undefined && (await closeUnsent(record, message, done, now))) {
      if (news === 'request') unsentRequests.add(record.subjectId);
      continue;
    }
    const update = new UpdateBuilder().set('message', message).when((path) => `attribute_exists(${path('pk')})`);
    if (toThem && (Item as ConfirmationRecord).erasedAt === undefined) update.set('erasedAt', now);
    await writeRetrying([{ Update: { TableName: table, Key: confirmationKey(confirmationId), ...update.build() } }, done], `email ${confirmationId}`);
  }
  return mentions.length;
}

/**
 * An email to somebody else whose news is a request the erased person made: the request itself, or its
 * withdrawal when the request's own email never left (`unsentRequests`: its recipient never heard of it).
 */
function unsentRequestNews(record: ConfirmationRecord, registrationId: string, unsentRequests: ReadonlySet<string>): 'request' | 'withdrawal' | undefined {
  const data = record.message.data as { counterpart?: { registrationId?: string }; recipientIsRequester?: boolean; beforeAnswer?: boolean };
  if (data.counterpart?.registrationId !== registrationId || data.recipientIsRequester) return undefined;
  if (record.message.kind === 'meeting-requested') return 'request';
  if (record.message.kind === 'meeting-cancelled' && data.beforeAnswer === true && unsentRequests.has(record.subjectId)) return 'withdrawal';
  return undefined;
}

/**
 * Scrubs an email and closes it unsent (`erasedAt`: the mailer records it `erased`), if the mailer has
 * not taken it yet (`pending`, or given back for a retry). False when it has: it is then scrubbed as sent.
 */
async function closeUnsent(record: ConfirmationRecord, message: ConfirmationRecord['message'], done: TransactionItem, now: string): Promise<boolean> {
  const close = new UpdateBuilder()
    .set('message', message)
    .set('erasedAt', now)
    .when((path, value) => `${path('status')} IN (${value('pending')}, ${value('retrying')})`);
  const item: TransactionItem = { Update: { TableName: runtimeConfig().CONFIRMATIONS_TABLE, Key: confirmationKey(record.confirmationId), ...close.build() } };
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const outcome = await writeTransaction([item, done]);
    if (outcome.committed) return true;
    if (outcome.reasons[0] === 'ConditionalCheckFailed') return false;
    await backoff(attempt);
  }
  return false;
}

export interface ErasureSweep {
  meetings: number;
  emails: number;
}

/**
 * What an erasure cannot do in the request's transaction (an unbounded number of items in other
 * tables): the person's open meetings cancelled, their words in meetings and every email naming them
 * scrubbed, then `erasureFinishedAt` on the registration. Run by the request right after the
 * erasure and, should it fail there, by the Registrations stream worker (retried until done);
 * idempotent, so both may run.
 */
export async function finishErasure(event: EventDefinition, registrationId: string, now: Date): Promise<ErasureSweep> {
  const at = now.toISOString();
  await cancelMeetingsOf(event, registrationId, now);
  const meetings = await scrubMeetings(registrationId);
  const emails = await scrubMentions(registrationId, at);
  const finished = new UpdateBuilder().set('erasureFinishedAt', at).when((path) => `attribute_exists(${path('erasedAt')})`);
  await writeRetrying([{ Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: registrationKey(registrationId), ...finished.build() } }], 'registration');
  return { meetings, emails };
}
