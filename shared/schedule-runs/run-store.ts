import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import { dynamo } from '../storage/dynamo-client';
import { runProgressKey, scheduleRunKey } from '../storage/keys';
import { queryAll } from '../storage/query-all';
import type { PlacementRecord, RunProgress, ScheduleRunRecord } from './run-records';

const table = () => runtimeConfig().MEETING_REQUESTS_TABLE;

export async function findRun(runId: string): Promise<ScheduleRunRecord | undefined> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: table(), Key: scheduleRunKey(runId), ConsistentRead: true }));
  return Item as ScheduleRunRecord | undefined;
}

/** The run, if it is one of this event's (another event's run is "not found", not "forbidden"). */
export async function requireRun(eventId: string, runId: string): Promise<ScheduleRunRecord> {
  const run = await findRun(runId);
  if (!run || run.eventId !== eventId) throw new DomainError('not-found', 'run-not-found', 'There is no such schedule run for this event.');
  return run;
}

/** Every placement of a run (one partition), in meeting id order. */
export function placementsOf(runId: string): Promise<PlacementRecord[]> {
  return queryAll<PlacementRecord>({
    TableName: table(),
    KeyConditionExpression: 'pk = :run AND begins_with(sk, :placement)',
    ExpressionAttributeValues: { ':run': scheduleRunKey(runId).pk, ':placement': 'PLACEMENT#' },
    ConsistentRead: true,
  });
}

/** The run's progress: final on a published run, else the publisher's latest report. */
export async function progressOf(run: ScheduleRunRecord): Promise<RunProgress | undefined> {
  if (run.progress) return run.progress;
  const { Item } = await dynamo().send(new GetCommand({ TableName: table(), Key: runProgressKey(run.runId), ConsistentRead: true }));
  if (!Item) return undefined;
  const { total, placed, conflicts, notified, updatedAt } = Item as RunProgress;
  return { total, placed, conflicts, notified, updatedAt };
}
