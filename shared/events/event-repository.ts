import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { eventKey } from '../storage/keys';
import { EventDefinition } from './event-definition';

/** Reads an event's definition; undefined when there is no such event. */
export async function findEvent(eventId: string): Promise<EventDefinition | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: eventKey(eventId), ProjectionExpression: '#definition', ExpressionAttributeNames: { '#definition': 'definition' } }),
  );
  return Item === undefined ? undefined : EventDefinition.parse(Item.definition);
}

/**
 * Creates or replaces an event's definition, leaving its counters (seats taken, waiting-list
 * tickets) as they are: re-seeding at each deploy must not reset them.
 */
export async function saveEventDefinition(tableName: string, event: EventDefinition, now = new Date()): Promise<void> {
  await dynamo().send(
    new UpdateCommand({
      TableName: tableName,
      Key: eventKey(event.id),
      UpdateExpression: 'SET #definition = :definition, updatedAt = :now, entityType = :type',
      ExpressionAttributeNames: { '#definition': 'definition' },
      ExpressionAttributeValues: { ':definition': event, ':now': now.toISOString(), ':type': 'event' },
    }),
  );
}
