export type LinkFailure = 'expired' | 'invalid' | 'foreign' | 'gone' | 'outdated';

/**
 * What went wrong with an emailed link itself, from the problem's slug (docs/auth.md, "Refusals"):
 * `expired-answer-link`, `invalid-status-link`, `foreign-decision-link`, `invalid-manage-token`,
 * a 401 without a token… Undefined when the link was fine and something else failed. The web app's
 * pages and the server's plain page for older links (shared/pages/link-problem-page.ts) both read it.
 */
export function linkFailureOf(slug: string, status: number): LinkFailure | undefined {
  if (/^expired-.*-link$/.test(slug)) return 'expired';
  if (/^outdated-.*-link$/.test(slug)) return 'outdated';
  if (/^foreign-.*-link$/.test(slug)) return 'foreign';
  if (/^invalid-.*-(link|token)$|^.*-link-incomplete$|^unauthorized$/.test(slug)) return 'invalid';
  if (status === 404) return 'gone';
  return undefined;
}
