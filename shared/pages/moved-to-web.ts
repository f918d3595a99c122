import { webBaseUrl } from '../config/runtime-config';
import { html } from '../email/html';
import type { HttpResult } from '../http/http-result';
import { webPageUrl } from '../web/page-links';

/**
 * What a link of an older email (`…/manage?token=…`, `…/answer?token=…`, `…/decision?token=…`)
 * gets now that the server-rendered pages are gone: a 303 to the web page, the token moved to the
 * fragment, and a one-line page with the link for clients that do not follow redirects. The gate
 * checked the token first: a wrong or expired link still gets its clear error page.
 */
export function movedToWebPage(path: string, token: string): HttpResult {
  const location = webPageUrl(webBaseUrl(), path, token);
  return {
    status: 303,
    contentType: 'text/html; charset=utf-8',
    headers: { Location: location, 'Referrer-Policy': 'no-referrer', 'Content-Security-Policy': "default-src 'none'" },
    body: html`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Rendezvous</title></head><body><p><a href="${location}">${location}</a></p></body></html>`.toString(),
  };
}
