import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { eventKey, eventsPartition } from '../storage/keys';
import { queryAll } from '../storage/query-all';
import type { EventDefinition } from './event-definition';
import { storedEventDefinition } from './stored-event';

/** Reads an event's definition; undefined when there is no such event. */
export async function findEvent(eventId: string): Promise<EventDefinition | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: eventKey(eventId), ProjectionExpression: '#definition', ExpressionAttributeNames: { '#definition': 'definition' } }),
  );
  if (Item === undefined) return undefined;
  return storedEventDefinition(Item.definition, eventId);
}

/**
 * The UpdateItem that creates or replaces an event's definition, leaving its counters (seats
 * taken, waiting-list tickets) as they are: re-seeding at each deploy must not reset them. The
 * CDK seeding custom resource sends the same update (marshalled).
 */
export function eventDefinitionUpdate(event: EventDefinition, now: Date) {
  return {
    Key: eventKey(event.id),
    UpdateExpression: 'SET #definition = :definition, updatedAt = :now, entityType = :type, gsi1pk = :events, gsi1sk = :id',
    ExpressionAttributeNames: { '#definition': 'definition' },
    ExpressionAttributeValues: { ':definition': event, ':now': now.toISOString(), ':type': 'event', ':events': eventsPartition, ':id': event.id },
  };
}

export async function saveEventDefinition(tableName: string, event: EventDefinition, now = new Date()): Promise<void> {
  await dynamo().send(new UpdateCommand({ TableName: tableName, ...eventDefinitionUpdate(event, now) }));
}

/** Every event's id, from the events index partition. */
export async function listEventIds(): Promise<string[]> {
  const items = await queryAll<{ gsi1sk: string }>({
    TableName: runtimeConfig().REGISTRATIONS_TABLE,
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :events',
    ExpressionAttributeValues: { ':events': eventsPartition },
    ProjectionExpression: 'gsi1sk',
  });
  return items.map((item) => item.gsi1sk);
}
