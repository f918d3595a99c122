import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = (event: any, context: any) => Promise<any>;
const loaded = new Map<string, Promise<AnyHandler>>();

/** Imports a function's source module (as Lambda would import its bundle) once, and returns its `handler`. */
export function loadHandler(entry: string): Promise<AnyHandler> {
  let handler = loaded.get(entry);
  if (!handler) {
    handler = import(pathToFileURL(path.join(repositoryRoot, entry)).href).then((module: { handler?: AnyHandler }) => {
      if (typeof module.handler !== 'function') throw new Error(`${entry} does not export a handler`);
      return module.handler;
    });
    loaded.set(entry, handler);
  }
  return handler;
}

let invocation = 0;

/** A Lambda context object good enough for our handlers. */
export function lambdaContext(functionName: string) {
  invocation += 1;
  return {
    functionName,
    awsRequestId: `local-${Date.now().toString(36)}-${invocation}`,
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 30_000,
  };
}
