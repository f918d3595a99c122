import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { normalizeEmail } from '../registrations/normalize-email';
import { dynamo } from '../storage/dynamo-client';
import { undeliverableAddressKey } from '../storage/keys';
import type { TransactionItem } from '../storage/transactions';

/** `EVENT#<e>#UNDELIVERABLE#<email>` in the Confirmations table: an address that hard-bounced. */
export const undeliverableKey = (eventId: string, email: string) => undeliverableAddressKey(eventId, normalizeEmail(email));

export function putUndeliverable(eventId: string, email: string, confirmationId: string, now: string): TransactionItem {
  return {
    Put: {
      TableName: runtimeConfig().CONFIRMATIONS_TABLE,
      Item: { ...undeliverableKey(eventId, email), entityType: 'undeliverable-address', eventId, email, confirmationId, since: now },
    },
  };
}

export async function isUndeliverable(eventId: string, email: string): Promise<boolean> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: runtimeConfig().CONFIRMATIONS_TABLE, Key: undeliverableKey(eventId, email) }));
  return Item !== undefined;
}
