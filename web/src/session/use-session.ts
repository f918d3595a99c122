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
    return stored?.registrationId === registrationId ? stored : undefined;
  });
  return session;
}
