import type { Problem } from '../api/client';
import { useI18n } from '../i18n/index';
import { Notice } from '../components/layout';
import { linkFailure, problemText } from './problem-text';
import { NewLinkByEmail } from './new-link-by-email';

/**
 * A link page opened without its token (the fragment lost: a link cut short when copied, a mail client that
 * dropped it): the link is incomplete, which `LinkProblem` says with the page's own advice. These pages said
 * "open the link in your registration email", wrong for a press contact or a journalist, who have none.
 */
export const missingToken: Problem = { type: 'urn:rendezvous:problem:unauthorized', title: 'Unauthorized', status: 401 };

/** The pages an emailed link opens (docs/web.md, "Links in emails"), each with its own "what to do". */
export type LinkPage = 'manage' | 'answer' | 'decision' | 'pressStatus' | 'directory';

/**
 * The page an emailed link opens when the API refused it: what happened (expired, not valid, for
 * another request, gone) and what to do about it, in the page's language, with the event's "new link
 * by email" page when the page knows it (`lostLink`). A refusal that is not about the link (network,
 * busy) reads as its own message.
 */
export function LinkProblem({ problem, page, gone, lostLink }: { problem: Problem | undefined; page: LinkPage; gone?: string; lostLink?: string | undefined }) {
  const i18n = useI18n();
  const failure = linkFailure(problem);
  if (failure === undefined) {
    return <Notice kind="error"><p>{problemText(i18n, problem)}</p></Notice>;
  }
  return (
    <Notice kind="error">
      <p><strong>{failure === 'gone' && gone ? gone : i18n.t(`link.${failure}`)}</strong></p>
      <p>{i18n.t(page === 'answer' && failure !== 'expired' && failure !== 'outdated' ? 'link.todo.answer.notExpired' : `link.todo.${page}`)}</p>
      <NewLinkByEmail href={lostLink} />
    </Notice>
  );
}
