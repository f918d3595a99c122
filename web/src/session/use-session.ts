import { useState } from 'preact/hooks';
import { currentSession, saveSession, takeTokenFromFragment, type Session } from './token';

/**
 * The session for a registration page: a token just arrived in the link's fragment wins (and is
 * stored); otherwise the tab's stored session, when it is for this registration.
 */
export function useRegistrationSession(registrationId: string): Session | undefined {
  const [session] = useState(() => {
    const fresh = takeTokenFromFragment();
    if (fresh) {
      const session = { registrationId, token: fresh };
      saveSession(session);
      return session;
    }
    const stored = currentSession();
    return stored?.registrationId === registrationId && stored.scope === undefined ? stored : undefined;
  });
  return session;
}

/**
 * The directory's session: a digest link brings its directory token in the fragment and whose it is
 * in `?as=` (the page cannot read the token); otherwise the tab's session, whatever its scope.
 */
export function useDirectorySession(): Session | undefined {
  const [session] = useState(() => {
    const registrationId = new URLSearchParams(location.search).get('as');
    const fresh = takeTokenFromFragment();
    if (fresh && registrationId) {
      const session: Session = { registrationId, token: fresh, scope: 'directory' };
      saveSession(session);
      return session;
    }
    return currentSession();
  });
  return session;
}
