import { useEffect, useMemo, useState } from 'preact/hooks';
import { sessionEnded, type ConsoleSession } from './console-session';

/** What an admin call answered: its data, or its status (a 401 has already ended the session). */
export type AdminOutcome<T> = { data: T; status: number } | { data?: undefined; status: number; error?: unknown };

/**
 * Runs an admin call with the session; a 401 means the session ended on the server (expired,
 * signed out elsewhere), so the console forgets it and shows the sign-in form.
 */
export async function adminCall<T>(call: () => Promise<{ data?: T; error?: unknown; response: Response }>): Promise<AdminOutcome<T>> {
  // No answer (offline, a dropped connection) is status 0, as for the lists (`couldNotLoad`): it threw, and an
  // action's handler never got to say so nor to end its busy state ("Preview a schedule" stayed on Loading,
  // its button inert until a reload; Approve, Send again, Save did nothing on screen).
  const answered = await call().catch(() => undefined);
  if (!answered) return { status: 0 };
  const { data, error, response } = answered;
  if (response.status === 401) sessionEnded();
  return data === undefined ? { status: response.status, error } : { data, status: response.status };
}

/** What `useAdminData` holds once loaded: the outcome, and a way to ask again. */
export type LoadedOutcome<T> = AdminOutcome<T> & { retry: () => void };

/**
 * The read failed where asking again can work (no answer: status 0; the server: 5xx), so the page
 * says "could not be loaded" with Try again, never an empty list. A refusal (401 session ended, 403,
 * 404) is not this.
 */
export function couldNotLoad(outcome: AdminOutcome<unknown> | undefined): boolean {
  return outcome !== undefined && outcome.data === undefined && (outcome.status === 0 || outcome.status >= 500);
}

/** Loads once per `session` and `version` (bump it, or pass the filters as a string, to load again), and again on `retry`. */
export function useAdminData<T>(session: ConsoleSession, load: (session: ConsoleSession) => Promise<AdminOutcome<T>>, version: number | string = 0): LoadedOutcome<T> | undefined {
  const [outcome, setOutcome] = useState<AdminOutcome<T>>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    load(session).then(
      (result) => current && setOutcome(result),
      () => current && setOutcome({ status: 0 }),
    );
    return () => void (current = false);
  }, [session.token, version, attempt]);
  // The same object until the next answer: pages and usePagedAdminData compare outcomes by identity.
  return useMemo(() => outcome && {
    ...outcome,
    // The failure stays on screen meanwhile, so the Try again button pressed keeps the focus (as `Unavailable`).
    retry: () => setAttempt((count) => count + 1),
  }, [outcome]);
}
