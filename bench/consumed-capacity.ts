import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { dynamo } from '../shared/storage/dynamo-client';

/** DynamoDB commands (the low-level names the document client sends) and the detail to ask for. */
export type WatchedCommands = Partial<Record<'TransactWriteItemsCommand' | 'QueryCommand', 'TOTAL' | 'INDEXES'>>;

let watchers = 0;

/**
 * Hands `observer` the ConsumedCapacity of every successful `commands` call the functions make through
 * the shared DynamoDB client, until the returned function is called. A middleware asks DynamoDB for
 * the figure and reads it from the answer, so product code carries no benchmark hook; a refused
 * transaction (an exception) is not reported, as it consumes no write units of its items.
 */
export function watchConsumedCapacity(commands: WatchedCommands, observer: (consumed: ConsumedCapacity[]) => void): () => void {
  const name = `benchConsumedCapacity${(watchers += 1)}`;
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      const level = commands[context.commandName as keyof WatchedCommands];
      if (level === undefined) return next(args);
      (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = level;
      const result = await next(args);
      const consumed = (result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
      observer(consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed]);
      return result;
    },
    { step: 'initialize', name },
  );
  return () => void dynamo().middlewareStack.remove(name);
}
