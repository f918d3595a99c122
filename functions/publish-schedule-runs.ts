import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { runtimeConfig } from '../shared/config/runtime-config';
import { describeError, log } from '../shared/logging/logger';
import { publishRun } from '../shared/schedule-runs/publish-run';

runtimeConfig();

/**
 * The schedule publisher, on the MeetingRequests stream (only run items in `publishing` reach it:
 * the event source filters the rest). A failure reports the record, so Lambda retries it: the
 * publisher resumes where it stopped.
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(async (event) => {
  for (const record of event.Records) {
    const runId = record.dynamodb?.NewImage?.runId?.S;
    if (!runId) continue;
    try {
      await publishRun(runId);
    } catch (error) {
      log.error('schedule publish failed; the stream retries it', { runId, ...describeError(error) });
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
    }
  }
  return { batchItemFailures: [] };
});
