/**
 * Tells this process's stream pollers that a function just ran (an API route, a stream or scheduled worker): it
 * may have written records they should read. An idle poller backs off (local/stream-poller.ts) and wakes on
 * this, so an idle local stack stops hammering DynamoDB Local while a write is still picked up at once.
 */
const listeners = new Set<() => void>();

export function onFunctionRan(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function functionRan(): void {
  for (const listener of listeners) listener();
}
