import type { Language } from '../events/event-definition';
import { html } from '../email/html';
import { languageLayouts } from '../email/i18n/language-settings';
import type { HttpResult } from '../http/http-result';
import { linkFailureOf } from '../http/link-failure';
import type { HttpProblem } from '../http/problem';
import type { RouteDefinition } from '../http/route-definition';
import { linkMessages } from '../i18n/link-messages/index';

/** What to do next, per link of an older email (by the route's gate). */
const todoOf: Partial<Record<RouteDefinition['auth'], 'manage' | 'answer' | 'decision'>> = { manageLink: 'manage', answerLink: 'answer', decisionLink: 'decision' };

/**
 * The plain page a refused link of an older email (`…/manage?token=`, `…/answer?token=`,
 * `…/decision?token=`) gets, in `language` (the reader's Accept-Language): what happened and what to
 * do, as the web app says it (shared/i18n/link-messages/), right to left in Arabic. Never the
 * API's English title or detail, nor anything of the registration or request.
 */
export function linkProblemPage(problem: HttpProblem, language: Language, auth: RouteDefinition['auth']): HttpResult {
  const messages = linkMessages[language];
  const happened = messages[`link.${linkFailureOf(problem.slug, problem.status) ?? (problem.status >= 500 ? 'retry' : 'invalid')}`];
  const todo = todoOf[auth];
  const page = html`<!DOCTYPE html><html lang="${language}" dir="${languageLayouts[language].dir}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${happened}</title></head><body><main><h1>${happened}</h1>${todo ? html`<p>${messages[`link.todo.${todo}`]}</p>` : ''}</main></body></html>`;
  return {
    status: problem.status,
    contentType: 'text/html; charset=utf-8',
    // The page is text alone: a policy allowing nothing keeps it so even if a later change let markup through,
    // and its address (the refused token in the query) is never sent on as a referrer.
    headers: { ...problem.headers, 'Content-Language': language, Vary: 'Accept-Language', 'Content-Security-Policy': "default-src 'none'", 'Referrer-Policy': 'no-referrer' },
    body: page.toString(),
  };
}
