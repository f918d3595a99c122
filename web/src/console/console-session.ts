import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client';

/**
 * The organiser's console session, held IN MEMORY only: not localStorage, not sessionStorage, not a
 * cookie. A reload or a closed tab ends it (sign in again with the key); in-app navigation, language
 * switch included, keeps it. The organiser key itself is sent once, at sign-in, and never kept.
 * docs/web.md, "Organiser console".
 */
export interface ConsoleSession {
  eventId: string;
  sessionId: string;
  token: string;
  expiresAt: string;
}

let current: ConsoleSession | undefined;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/** The live session of `eventId` (an expired one is forgotten). */
export function consoleSession(eventId: string): ConsoleSession | undefined {
  if (current && Date.parse(current.expiresAt) <= Date.now()) forget();
  return current?.eventId === eventId ? current : undefined;
}

function forget(): void {
  current = undefined;
  changed();
}

/** Exchanges the organiser key for a session; the problem's status when refused (401 wrong key, 403 other event). */
export async function signIn(eventId: string, key: string): Promise<{ ok: true } | { ok: false; status: number }> {
  const { data, response } = await api.POST('/admin/events/{eventId}/sessions', { params: { path: { eventId } }, headers: { Authorization: `Bearer ${key.trim()}` } });
  if (!data) return { ok: false, status: response.status };
  current = { eventId, sessionId: data.sessionId, token: data.token, expiresAt: data.expiresAt };
  changed();
  return { ok: true };
}

/** Revokes the session on the server (so a copy of the token is useless too), then forgets it. */
export async function signOut(): Promise<void> {
  const session = current;
  if (!session) return;
  forget();
  await api.DELETE('/admin/events/{eventId}/sessions/{sessionId}', {
    params: { path: { eventId: session.eventId, sessionId: session.sessionId } },
    headers: { Authorization: `Bearer ${session.token}` },
  });
}

/** A call answered 401: the session ended on the server (expired, revoked elsewhere); show the sign-in again. */
export function sessionEnded(): void {
  forget();
}

export const sessionHeaders = (session: ConsoleSession) => ({ Authorization: `Bearer ${session.token}` });

/** The session of `eventId`, re-rendering on sign-in and sign-out. */
export function useConsoleSession(eventId: string): ConsoleSession | undefined {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((version) => version + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return consoleSession(eventId);
}
