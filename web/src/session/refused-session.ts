import type { Problem } from '../api/client';
import { linkFailure } from '../failures/problem-text';
import { forgetSession } from './token';

/**
 * The tab forgets a registration token the API refused (not valid, expired, its registration gone):
 * it opens nothing, and kept, it would make the event pages offer "My registration" and "My meetings",
 * which lead back to the refusal (on the lost-link page, say, where the refusal sends its reader).
 */
export function forgetRefusedSession(problem: Problem): void {
  if (linkFailure(problem) !== undefined) forgetSession();
}
