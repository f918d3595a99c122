import { AsyncLocalStorage } from 'node:async_hooks';

type Level = 'debug' | 'info' | 'warn' | 'error';
const levelOrder: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` with `requestId` attached to every log line written inside it. */
export function withRequestId<T>(requestId: string, work: () => Promise<T>): Promise<T> {
  return requestScope.run({ requestId }, work);
}

function write(level: Level, message: string, fields: Record<string, unknown>): void {
  const threshold = (process.env.LOG_LEVEL as Level | undefined) ?? 'info';
  if (levelOrder[level] < (levelOrder[threshold] ?? 20)) return;
  const line = JSON.stringify({
    level,
    time: new Date().toISOString(),
    message,
    requestId: requestScope.getStore()?.requestId,
    ...fields,
  });
  if (level === 'error' || level === 'warn') process.stderr.write(line + '\n');
  else process.stdout.write(line + '\n');
}

/** Structured JSON logs, one object a line, carrying the current request id. */
export const log = {
  debug: (message: string, fields: Record<string, unknown> = {}) => write('debug', message, fields),
  info: (message: string, fields: Record<string, unknown> = {}) => write('info', message, fields),
  warn: (message: string, fields: Record<string, unknown> = {}) => write('warn', message, fields),
  error: (message: string, fields: Record<string, unknown> = {}) => write('error', message, fields),
};

export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { errorName: error.name, errorMessage: error.message, stack: error.stack };
  return { errorMessage: String(error) };
}
