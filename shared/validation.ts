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

/**
 * The fields of `value` that an object schema's own field schemas accept, each checked alone: what checks
 * against stored data (a day of the event, a slot id) may read while the schema still refuses other fields,
 * so that one answer names both. A field the schema refuses is left out; a value that is no object gives `{}`.
 */
export function validFields<S extends z.ZodMiniObject>(schema: S, value: unknown): Partial<z.output<S>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const fields: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.def.shape)) {
    const result = safeValidate(field as z.ZodMiniType, (value as Record<string, unknown>)[name]);
    if (result.success && result.data !== undefined) fields[name] = result.data;
  }
  return fields as Partial<z.output<S>>;
}
