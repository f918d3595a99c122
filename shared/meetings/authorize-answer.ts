import { DomainError } from '../domain-error';
import type { CallerOf, Credentials } from '../http/caller';
import { requireLinkToken } from '../http/bearer-token';
import { answerToken } from '../security/answer-token';
import { registrationIdOf } from '../security/manage-token';

/**
 * `answerLink` routes: the answer token of the path's meeting request. Answer links of emails sent
 * before answer tokens existed carry the recipient's manage token instead; they are refused with
 * their own explanation (docs/meetings.md), since honouring them would keep the manage token a
 * way to answer, which is what the scoped link removes.
 */
export async function answerLinkCaller(credentials: Credentials): Promise<CallerOf<'answerLink'>> {
  const token = requireLinkToken(credentials);
  const check = await answerToken.check(token, new Date(), credentials.params.meetingRequestId ?? '');
  if (check.valid) return { kind: 'answerLink', answer: check.claims };
  const invalid = check.reason === 'malformed' || check.reason === 'bad-signature';
  if (invalid && registrationIdOf(token) !== undefined) {
    throw new DomainError(
      'unauthorized',
      'outdated-answer-link',
      'This answer link comes from an older email and no longer works: answer links now open one request only. Use the link of a newer email about this request, or answer from the app with your registration.',
    );
  }
  throw answerToken.refusal(check.reason);
}
