import { runtimeConfig } from '../config/runtime-config';
import { undeliverableKey } from '../organisers/undeliverable-address';
import { confirmationKey, registrationKey } from '../storage/keys';
import type { TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import type { RegistrationRecord } from './registration-record';

/**
 * Adds to `update` the erasure of a person's data from their registration, keeping what anonymous
 * counts need (event, status, country, participant type, sectors, cluster, dates).
 */
export function scrubRegistration(update: UpdateBuilder, now: string): UpdateBuilder {
  return update
    .set('firstName', '')
    .set('lastName', '')
    .set('email', '')
    .set('organisation', '')
    // Derived from organisation and profile (the directory's text filter): as personal as they are.
    .set('searchText', '')
    .set('profile', { offer: '', request: '', offerTags: [], requestTags: [] })
    .set('directoryOptIn', false)
    .remove('digestOptInAt')
    .set('erasedAt', now)
    .remove('phone')
    .remove('jobTitle')
    .remove('accessibilityNeeds')
    .remove('normalizedEmail');
}

/**
 * Erases the person's name and address from every email recorded about the registration, and the
 * address's bounce record (its key is the address). Emails about others that name them (meetings,
 * agendas, digests) follow in `finishErasure`.
 */
export function scrubEmails(record: RegistrationRecord, now: string): TransactionItem[] {
  const bounce: TransactionItem[] = record.email === '' ? [] : [{ Delete: { TableName: runtimeConfig().CONFIRMATIONS_TABLE, Key: undeliverableKey(record.eventId, record.email) } }];
  return [...bounce, ...record.emailIds.map((confirmationId): TransactionItem => {
    const scrub = new UpdateBuilder()
      .set('message.recipient', { email: '', name: '', language: record.language })
      .set('message.data.firstName', '')
      .set('message.data.lastName', '')
      .set('message.data.organisation', '')
      .set('erasedAt', now)
      .when((path) => `attribute_exists(${path('pk')})`);
    return { Update: { TableName: runtimeConfig().CONFIRMATIONS_TABLE, Key: confirmationKey(confirmationId), ...scrub.build() } };
  })];
}

/** Erasure of an already cancelled registration. */
export function eraseCancelledItems(record: RegistrationRecord, now: string): TransactionItem[] {
  const update = scrubRegistration(new UpdateBuilder(), now)
    .set('updatedAt', now)
    .when((path, value) => `${path('status')} = ${value('cancelled')}`);
  return [
    { Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: registrationKey(record.registrationId), ...update.build() } },
    ...scrubEmails(record, now),
  ];
}
