/**
 * The manage token of the person using this tab. Emailed links carry it in the URL fragment
 * (`#token=…`), which browsers never send to a server, so it stays out of CloudFront, API Gateway
 * and server logs; the app moves it to sessionStorage (gone when the tab closes), removes it from
 * the address bar, and sends it as `Authorization: Bearer` on API calls.
 */
const KEY = 'rendezvous.session';

export interface Session {
  registrationId: string;
  token: string;
  /**
   * `directory`: a recommendation digest link's token (docs/auth.md, `directoryLink`): the directory,
   * recommendations and meeting requests only; the registration pages do not use it.
   */
  scope?: 'directory';
}

/** Takes `#token=…` out of the address bar; returns it (undefined when there is none). */
export function takeTokenFromFragment(): string | undefined {
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? undefined;
  if (token) history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function currentSession(): Session | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    return stored?.registrationId && stored.token ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function forgetSession(): void {
  sessionStorage.removeItem(KEY);
}

/**
 * A one-off token for a single page (meeting answer, press decision), per page whatever its
 * language: switching language keeps it (the key leaves out the `/{lang}` prefix).
 */
export function pageToken(): string | undefined {
  const key = `rendezvous.token:${location.pathname.replace(/^\/[a-z]{2}(?=\/)/, '')}`;
  const fresh = takeTokenFromFragment();
  if (fresh) sessionStorage.setItem(key, fresh);
  return fresh ?? sessionStorage.getItem(key) ?? undefined;
}
