import { useEffect, useState } from 'preact/hooks';
import { sessionEnded, type ConsoleSession } from './console-session';

/** What an admin call answered: its data, or its status (a 401 has already ended the session). */
export type AdminOutcome<T> = { data: T; status: number } | { data?: undefined; status: number; error?: unknown };

/**
 * Runs an admin call with the session; a 401 means the session ended on the server (expired,
 * signed out elsewhere), so the console forgets it and shows the sign-in form.
 */
export async function adminCall<T>(call: () => Promise<{ data?: T; error?: unknown; response: Response }>): Promise<AdminOutcome<T>> {
  const { data, error, response } = await call();
  if (response.status === 401) sessionEnded();
  return data === undefined ? { status: response.status, error } : { data, status: response.status };
}

/** Loads once per `session` and `version` (bump it, or pass the filters as a string, to load again). */
export function useAdminData<T>(session: ConsoleSession, load: (session: ConsoleSession) => Promise<AdminOutcome<T>>, version: number | string = 0) {
  const [outcome, setOutcome] = useState<AdminOutcome<T>>();
  useEffect(() => {
    let current = true;
    load(session).then(
      (result) => current && setOutcome(result),
      () => current && setOutcome({ status: 0 }),
    );
    return () => void (current = false);
  }, [session.token, version]);
  return outcome;
}
