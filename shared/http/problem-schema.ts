import * as z from 'zod';
import type { Problem } from './problem';

/** The schema of `Problem` (shared/http/problem.ts), for the OpenAPI document. */
export const ProblemSchema: z.ZodType<Problem> = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });
