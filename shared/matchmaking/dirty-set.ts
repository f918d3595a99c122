import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { recommendationDirtyKey } from '../storage/keys';

/**
 * The event's "dirty set": registrations changed since the lists were last brought up to date, and a
 * version raised by every mark. Workers mark what their stream batch changed, and whoever holds the
 * lease applies everything marked in one refresh (docs/matchmaking.md, "Bursts"). The version makes
 * clearing safe: ids are only cleared if nothing was marked since they were read, so a change marked
 * while a refresh runs (which may not have seen it) is never lost.
 */
export interface DirtySet {
  ids: string[];
  version: number;
}

/** What an event item changed (its settings): marked as this id, which is no registration id. */
export const settingsChanged = 'EVENT';

const table = () => runtimeConfig().REGISTRATIONS_TABLE;

export async function markDirty(eventId: string, ids: readonly string[]): Promise<void> {
  await dynamo().send(
    new UpdateCommand({
      TableName: table(),
      Key: recommendationDirtyKey(eventId),
      UpdateExpression: 'ADD ids :ids, version :one SET entityType = :type',
      ExpressionAttributeValues: { ':ids': new Set(ids), ':one': 1, ':type': 'recommendations-dirty' },
    }),
  );
}

export async function readDirty(eventId: string): Promise<DirtySet> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: table(), Key: recommendationDirtyKey(eventId), ConsistentRead: true }));
  return { ids: [...((Item?.ids as Set<string> | undefined) ?? [])].sort(), version: (Item?.version as number | undefined) ?? 0 };
}

/** Clears `dirty.ids` if nothing was marked since `dirty` was read; false otherwise (they stay, with the new marks). */
export async function clearDirty(eventId: string, dirty: DirtySet): Promise<boolean> {
  if (dirty.ids.length === 0) return true;
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: recommendationDirtyKey(eventId),
        UpdateExpression: 'DELETE ids :ids',
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':ids': new Set(dirty.ids), ':version': dirty.version },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
