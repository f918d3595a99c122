import { DomainError } from '../domain-error';
import { runtimeConfig } from '../config/runtime-config';
import { eventPublishingKey, scheduleRunKey } from '../storage/keys';
import { writeNamedTransaction, writeTransaction, type TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import type { ScheduleRunRecord } from './run-records';
import { requireRun } from './run-store';

const table = () => runtimeConfig().MEETING_REQUESTS_TABLE;

/** The run moves to (or stays in) `publishing` with a new attempt number: a new stream record wakes the publisher. */
function requestItem(run: ScheduleRunRecord, from: 'ready' | 'publishing', now: string): TransactionItem {
  const update = new UpdateBuilder().set('status', 'publishing').increment('publishAttempt', 1).set('publishRequestedAt', now).set('updatedAt', now);
  update.when((path, value) => `${path('status')} = ${value(from)}`);
  return { Update: { TableName: table(), Key: scheduleRunKey(run.runId), ...update.build() } };
}

/** One run of an event publishes at a time. */
function holdEventItem(run: ScheduleRunRecord): TransactionItem {
  return {
    Put: {
      TableName: table(),
      Item: { ...eventPublishingKey(run.eventId), entityType: 'schedule-publishing', runId: run.runId },
      ConditionExpression: 'attribute_not_exists(pk) OR runId = :runId',
      ExpressionAttributeValues: { ':runId': run.runId },
    },
  };
}

async function startFromReady(run: ScheduleRunRecord, now: string): Promise<void> {
  const outcome = await writeNamedTransaction({ run: requestItem(run, 'ready', now), eventHold: holdEventItem(run) });
  if (outcome.committed || outcome.refused('run')) return; // the run left `ready`: a concurrent request started it
  if (outcome.refused('eventHold')) throw new DomainError('conflict', 'another-run-publishing', 'Another schedule run of this event is being published; wait until it is published.');
  throw new DomainError('busy', 'busy', 'Please retry in a second.');
}

/**
 * "Schedule all", step 2: starts (or resumes) publishing a run in the background and returns at
 * once. Idempotent: a published run stays published; a run still publishing gets a new attempt,
 * which resumes it if it was interrupted (the publisher skips what is done).
 */
export async function requestPublish(eventId: string, runId: string, now: Date): Promise<ScheduleRunRecord> {
  const run = await requireRun(eventId, runId);
  const at = now.toISOString();
  if (run.status === 'ready') await startFromReady(run, at);
  else if (run.status === 'publishing') await writeTransaction([requestItem(run, 'publishing', at)]);
  return requireRun(eventId, runId);
}
