/**
 * The security headers every page of the web app is served with, in AWS (CloudFront's response
 * headers policy, infra/constructs/web-distribution.ts) and locally (local/web-server.ts), so
 * that a page that breaks under the policy breaks on a developer's machine first.
 *
 * The Content-Security-Policy allows nothing inline: scripts and styles come from files of the
 * same origin (Vite emits them as files), API calls go to the same origin (`/api/*`), images may
 * be data: URLs (small inline icons). Emailed links carry tokens in their URLs, hence `no-referrer`.
 * `'wasm-unsafe-eval'` lets the door scanner compile its fallback QR decoder (zxing-wasm, a same-origin
 * .wasm file); it allows WebAssembly compilation only, not `eval` of JavaScript.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const strictTransportSecurityMaxAgeSeconds = 63_072_000; // two years

export const referrerPolicy = 'no-referrer';

/** Headers CloudFront's securityHeadersBehavior has no field for: sent as custom headers. */
export const additionalSecurityHeaders: Readonly<Record<string, string>> = {
  // The camera for the door scanner, on this origin only (docs/check-in.md).
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The full set as plain response headers (HSTS included; browsers ignore it over plain http). */
export const webSecurityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Strict-Transport-Security': `max-age=${strictTransportSecurityMaxAgeSeconds}; includeSubDomains`,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': referrerPolicy,
  ...additionalSecurityHeaders,
};

/** Whether a path belongs to the API (served by API Gateway in AWS, by the local API server locally). */
export const apiPathPrefix = '/api';

/**
 * The SPA fallback rule shared by CloudFront's viewer-request function and the local server: a
 * path whose last segment has no file extension is a page of the app, answered with index.html.
 */
export const isAppRoute = (path: string): boolean => !/\.[A-Za-z0-9]+$/.test(path.split('/').pop() ?? '');
