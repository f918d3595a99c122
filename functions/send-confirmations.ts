import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { deliverConfirmation } from '../shared/confirmations/deliver-confirmation';
import { runtimeConfig } from '../shared/config/runtime-config';
import { describeError, log } from '../shared/logging/logger';

runtimeConfig();

/**
 * The mailer, on the Confirmations stream. Records are handled in order; at the first one that
 * must be retried it stops and reports that record, so Lambda resumes the shard from there.
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(async (event) => {
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    if (image?.entityType?.S !== 'confirmation' || image.status?.S !== 'pending') continue;
    const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
    try {
      const outcome = await deliverConfirmation(image.confirmationId!.S!, image.createdAt!.S!);
      if (outcome === 'retry') return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
    } catch (error) {
      log.error('confirmation delivery crashed', { sequenceNumber, ...describeError(error) });
      return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
});
