import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../../config/runtime-config';
import type { EventDefinition } from '../../events/event-definition';
import { dynamo } from '../../storage/dynamo-client';
import { digestDoneKey } from '../../storage/keys';
import { defaultDigestRound, sendRecommendationDigests } from './send-digests';

/**
 * The digest at the event's `matchmaking.digestAt`, run by the hourly reminders worker (the way the
 * agenda reminder is scheduled): once the time has come and before the event's last day is over,
 * unless a pass of the round already completed (one GetItem an hour after that). A pass cut short
 * is simply run again the next hour; the per-reader markers keep it from sending twice.
 */
export async function sendDueDigest(event: EventDefinition, now: Date): Promise<number> {
  const digestAt = event.matchmaking?.digestAt;
  if (digestAt === undefined || now.getTime() < Date.parse(digestAt)) return 0;
  if (now.getTime() > Date.parse(`${event.endDate}T23:59:59Z`)) return 0;
  const done = await dynamo().send(new GetCommand({ TableName: runtimeConfig().MEETING_REQUESTS_TABLE, Key: digestDoneKey(event.id, defaultDigestRound), ConsistentRead: true }));
  if (done.Item) return 0;
  return (await sendRecommendationDigests(event, defaultDigestRound, now)).recorded;
}
