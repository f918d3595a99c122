import { runtimeConfig } from '../config/runtime-config';
import type { EventDefinition } from '../events/event-definition';
import { requireEvent } from '../events/require-event';
import { log } from '../logging/logger';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../storage/dynamo-client';
import { eventPublishingKey, runProgressKey, scheduleRunKey } from '../storage/keys';
import { writeTransaction, type TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { inLanes } from '../in-lanes';
import { notifyParticipants } from './notify-participants';
import { placePlanned } from './place-planned';
import type { PlacementRecord, RunProgress } from './run-records';
import { findRun, placementsOf } from './run-store';

/** Slots booked in parallel: meetings of one slot go one after the other (they share its table pool). */
const slotLanes = 4;
const table = () => runtimeConfig().MEETING_REQUESTS_TABLE;

function progressOf(placements: readonly PlacementRecord[], notified: number): RunProgress {
  const count = (status: PlacementRecord['status']) => placements.filter((placement) => placement.status === status).length;
  return { total: placements.length - count('unplaced'), placed: count('placed'), conflicts: count('conflict'), notified, updatedAt: new Date().toISOString() };
}

function publishedItem(runId: string, progress: RunProgress): TransactionItem {
  const update = new UpdateBuilder().set('progress', progress).set('updatedAt', progress.updatedAt);
  update.set('status', 'published').set('publishedAt', progress.updatedAt);
  update.when((path, value) => `${path('status')} = ${value('publishing')}`);
  return { Update: { TableName: table(), Key: scheduleRunKey(runId), ...update.build() } };
}

/**
 * Progress readable by GET while the publisher works (best effort: the placements are the truth).
 * Its own item, so the run item (whose stream records wake the publisher) changes only on requests.
 */
async function saveProgress(runId: string, placements: readonly PlacementRecord[]): Promise<void> {
  const progress = progressOf(placements, 0);
  await dynamo().send(new PutCommand({ TableName: table(), Item: { ...runProgressKey(runId), entityType: 'schedule-progress', ...progress } }));
}

/** Books every planned placement, slot by slot, updating each placement in memory and the progress as it goes. */
async function placeAll(event: EventDefinition, runId: string, placements: PlacementRecord[]): Promise<void> {
  const bySlot = [...Map.groupBy(placements.filter((placement) => placement.status === 'planned'), (placement) => placement.slotId!).values()];
  await inLanes(bySlot, slotLanes, async (slotPlacements) => {
    for (const placement of slotPlacements) {
      const outcome = await placePlanned(event, placement, new Date().toISOString());
      if (outcome.status !== 'done-before') Object.assign(placement, outcome);
    }
    await saveProgress(runId, placements);
  });
}

async function finish(event: EventDefinition, runId: string, placements: readonly PlacementRecord[], notified: number): Promise<void> {
  await writeTransaction([
    publishedItem(runId, progressOf(placements, notified)),
    // Not held any more when a finished run is delivered again: still finish it, never free another run's hold.
    {
      Delete: {
        TableName: table(),
        Key: eventPublishingKey(event.id),
        ConditionExpression: 'attribute_not_exists(pk) OR runId = :runId',
        ExpressionAttributeValues: { ':runId': runId },
      },
    },
  ]);
}

/**
 * The background publisher of a run (stream worker). Safe to run again at any point: placements
 * already settled are skipped, agenda emails already recorded are not recorded twice, and a
 * published run is left alone. It acts on the run as stored, never on the stream record's image.
 */
export async function publishRun(runId: string): Promise<void> {
  const run = await findRun(runId);
  if (run?.status !== 'publishing') return;
  const event = await requireEvent(run.eventId);
  await placeAll(event, runId, await placementsOf(runId));
  // Read back: placements settled by an earlier, interrupted attempt count too.
  const settled = await placementsOf(runId);
  const placed = settled.filter((placement) => placement.status === 'placed');
  const notified = await notifyParticipants(event, runId, placed, run.wishesByParticipant ?? {}, new Date());
  await finish(event, runId, settled, notified);
  log.info('schedule run published', { runId, eventId: event.id, ...progressOf(settled, notified) });
}
