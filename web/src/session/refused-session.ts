import type { Problem } from '../api/client';
import { linkFailure } from '../failures/problem-text';
import { forgetSession } from './token';

/**
 * What a registration page does with the refusal of its registration read: the tab forgets a token the
 * API refused (not valid, expired, its registration gone), and the refusal is returned for the page to
 * show. Kept, the token opens nothing and would make the event pages offer "My registration" and "My
 * meetings", which lead back to the refusal (on the lost-link page, say, where the refusal sends its reader).
 * A 5xx or no answer keeps it.
 */
export function afterRefusedRead(refusal: Problem): Problem {
  if (linkFailure(refusal) !== undefined) forgetSession();
  return refusal;
}
