import * as z from 'zod/mini';
import type { Problem } from './problem';
import { withMeta } from '../openapi/schema-metadata';
import { lazySchema, type LazySchema } from '../openapi/lazy-schema';

/** The schema of `Problem` (shared/http/problem.ts), for the OpenAPI document. */
export const ProblemSchema: LazySchema<z.ZodMiniType<Problem>> = lazySchema(() => withMeta(z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: withMeta(z.optional(z.array(z.object({ path: z.string(), message: z.string() }))), {
    description: 'Every bad field once: `path` is the body field, or `path.<name>`, `query.<name>`, `header.<name>`; `message` says what is wrong (several reasons joined by "; ").',
  }),
}), { id: 'Problem' }));
