import type * as z from 'zod/mini';
import { useEnglishZodMessages } from './zod-messages';

/**
 * THE way product code checks a value against a zod schema. zod/mini loads no locale, so every
 * issue zod words itself would read "Invalid input" unless its English messages are configured
 * first (shared/zod-messages.ts); doing it here means a new caller cannot forget it.
 * `test/api/field-error-words.test.ts` checks the words on the request and the non-request paths,
 * and that no other module of shared/ or functions/ calls `parse`/`safeParse` itself.
 */
export function safeValidate<S extends z.ZodMiniType>(schema: S, value: unknown): z.core.util.SafeParseResult<z.output<S>> {
  useEnglishZodMessages();
  return schema.safeParse(value) as z.core.util.SafeParseResult<z.output<S>>;
}
