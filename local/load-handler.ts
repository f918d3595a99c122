import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { functionRan } from './invocation-signal';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = (event: any, context: any) => Promise<any>;
const loaded = new Map<string, Promise<AnyHandler>>();

/** Imports a function's source module (as Lambda would import its bundle) once, and returns its `handler`. */
export function loadHandler(entry: string): Promise<AnyHandler> {
  let handler = loaded.get(entry);
  if (!handler) {
    handler = import(pathToFileURL(path.join(repositoryRoot, entry)).href).then((module: { handler?: AnyHandler }) => {
      const exported = module.handler;
      if (typeof exported !== 'function') throw new Error(`${entry} does not export a handler`);
      // Whatever it wrote, the stream pollers look at once (local/invocation-signal.ts).
      return async (event, context) => {
        try {
          return await exported(event, context);
        } finally {
          functionRan();
        }
      };
    });
    loaded.set(entry, handler);
  }
  return handler;
}

let invocation = 0;

/**
 * A Lambda context object good enough for our handlers. `timeoutSeconds` is the function's timeout
 * (middy stops the handler just before it, as in AWS); API routes get 30 s locally, more slack than
 * AWS's 10 s, because DynamoDB Local under a loaded test run is much slower than DynamoDB.
 */
export function lambdaContext(functionName: string, timeoutSeconds = 30) {
  invocation += 1;
  const deadline = Date.now() + timeoutSeconds * 1_000;
  return {
    functionName,
    awsRequestId: `local-${Date.now().toString(36)}-${invocation}`,
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}
