import { ProblemSchema } from '../../http/problem-schema';
import type { ResponseDefinition } from '../../http/route-definition';

/** A documented error response of a route. */
export const problemResponse = (description: string): ResponseDefinition => ({
  description,
  schema: ProblemSchema,
  contentType: 'application/problem+json',
});
