import type { HttpResult } from '../http/http-result';

const pageHeaders = {
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
};

/** An HTML page response: no scripts, no referrer leaking the token in the URL. */
export function pageResult(body: string, status = 200): HttpResult {
  return { status, contentType: 'text/html; charset=utf-8', headers: pageHeaders, body };
}
