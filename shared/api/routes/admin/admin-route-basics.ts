import { problemResponse } from '../problem-response';

export { EventPathParams as AdminEventParams } from '../../path-parameters';

/**
 * The answers every admin route can give before it does anything. Apart from the list schemas of
 * `admin-schemas.ts` (which re-exports it) so that "Schedule all" does not construct those at its cold start.
 */
export const adminProblems = {
  401: problemResponse('No organiser key, or not a valid one'),
  403: problemResponse("An organiser key of another event"),
} as const;
