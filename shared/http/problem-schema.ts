import * as z from 'zod/mini';
import type { Problem } from './problem';
import { withMeta } from '../openapi/schema-metadata';

/** The schema of `Problem` (shared/http/problem.ts), for the OpenAPI document. */
export const ProblemSchema: z.ZodMiniType<Problem> = withMeta(z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
}), { id: 'Problem' });
