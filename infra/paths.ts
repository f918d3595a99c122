import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: handler entries, `data/events` and the lock file are relative to it. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export const fromRoot = (relativePath: string): string => join(repoRoot, relativePath);

/** Whether a handler file (relative to the repository root) exists. */
export const handlerExists = (entry: string): boolean => existsSync(fromRoot(entry));
