import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { placeMentions } from '../confirmations/mentions';
import { runtimeConfig } from '../config/runtime-config';
import { batchPutAll } from './batch-put';
import { dynamo } from './dynamo-client';

export type TransactionItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Why each item of a cancelled transaction was refused, in the order the items were given. */
export type CancellationReason = 'None' | 'ConditionalCheckFailed' | 'TransactionConflict' | string;

export type TransactionOutcome = { committed: true } | { committed: false; reasons: CancellationReason[] };

/**
 * Writes all items or none. A refused condition or a conflict with a concurrent transaction is an
 * outcome, not an exception: callers decide whether to retry, and which item was refused. Every
 * email recorded gets its mention items (confirmations/mentions.ts) appended, after the caller's
 * (those past the transaction's 100 items are written just before it).
 */
export async function writeTransaction(items: TransactionItem[], clientRequestToken?: string): Promise<TransactionOutcome> {
  const mentions = placeMentions(items);
  if (mentions.before.length > 0) await batchPutAll(runtimeConfig().CONFIRMATIONS_TABLE, mentions.before);
  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: [...items, ...mentions.inline], ...(clientRequestToken ? { ClientRequestToken: clientRequestToken } : {}) }));
    return { committed: true };
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      return { committed: false, reasons: (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None') };
    }
    throw error;
  }
}

/** The items of one transaction by name (one item or several), written in the order given. */
export type NamedItems<N extends string> = Record<N, TransactionItem | readonly TransactionItem[]>;

/** A transaction's outcome read by item name instead of position. */
export interface NamedOutcome<N extends string> {
  committed: boolean;
  /** A condition of this item (or of one of these items) failed. */
  refused: (name: N) => boolean;
  /** Lost a race with a concurrent transaction (worth a retry). */
  conflicted: boolean;
  /** DynamoDB's reasons, in item order, for messages about an unexpected refusal. */
  reasons: CancellationReason[];
}

/**
 * `writeTransaction` with named items: callers say which item refused (`outcome.refused('meeting')`)
 * instead of counting positions, so adding or moving an item cannot silently change what a
 * refusal means.
 */
export async function writeNamedTransaction<N extends string>(items: NamedItems<N>, clientRequestToken?: string): Promise<NamedOutcome<N>> {
  const entries = Object.entries(items) as [N, TransactionItem | readonly TransactionItem[]][];
  const named = entries.flatMap(([name, value]) => (Array.isArray(value) ? value : [value as TransactionItem]).map((item) => ({ name, item })));
  const outcome = await writeTransaction(
    named.map(({ item }) => item),
    clientRequestToken,
  );
  return {
    committed: outcome.committed,
    refused: (name) => named.some((entry, index) => entry.name === name && refusedAt(outcome, index)),
    conflicted: conflicted(outcome),
    reasons: outcome.committed ? [] : outcome.reasons,
  };
}

const conflictRetries = 8;

/**
 * `writeNamedTransaction`, written again (after a pause) while it only lost races: a cancelled
 * transaction wrote nothing and its conditions are re-checked, so the same items are safe to send
 * again. For changes that share a hot item (the dashboard's counter shards) and had no retry loop.
 */
export async function writeNamedTransactionRetryingConflicts<N extends string>(items: NamedItems<N>): Promise<NamedOutcome<N>> {
  for (let attempt = 0; ; attempt += 1) {
    const outcome = await writeNamedTransaction(items);
    if (outcome.committed || !outcome.conflicted || attempt + 1 >= conflictRetries) return outcome;
    await backoff(attempt);
  }
}

/** By position: only `writeNamedTransaction` uses it; domain code asks by name. */
const refusedAt = (outcome: TransactionOutcome, index: number): boolean =>
  !outcome.committed && outcome.reasons[index] === 'ConditionalCheckFailed';

export const conflicted = (outcome: TransactionOutcome): boolean =>
  !outcome.committed && outcome.reasons.some((reason) => reason === 'TransactionConflict' || reason === 'ThrottlingError');

/** Jittered exponential pause before retrying an optimistic write that lost a race. */
export function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(20 * 2 ** Math.min(attempt, 7), 2_000);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
