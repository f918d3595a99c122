import * as z from 'zod/mini';
import { isCursorShaped } from '../storage/cursor';
import { lazySchema } from '../openapi/lazy-schema';

/**
 * The `cursor` of a paged list. Its shape is checked with the query's other fields so that one 400 names
 * every bad one; whether it belongs to this list is checked when the list is read (shared/storage/cursor.ts).
 */
export const PageCursor = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(2_000), z.refine(isCursorShaped, 'must be the nextCursor of a previous page')));
