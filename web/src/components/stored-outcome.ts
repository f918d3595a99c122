import { useState } from 'preact/hooks';

/**
 * What a form's submit achieved (registered, request received), kept for the tab (sessionStorage):
 * a reload or a return to the form shows it again rather than an empty form, which reads as if the
 * submit had been lost. `forget` brings the empty form back (someone else to register).
 */
export function useStoredOutcome<T>(key: string): { outcome: T | undefined; keep: (outcome: T) => void; forget: () => void } {
  const storageKey = `rendezvous.outcome:${key}`;
  const [outcome, setOutcome] = useState<T | undefined>(() => {
    try {
      return (JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as T | null) ?? undefined;
    } catch {
      return undefined;
    }
  });
  return {
    outcome,
    keep: (value) => {
      sessionStorage.setItem(storageKey, JSON.stringify(value));
      setOutcome(value);
    },
    forget: () => {
      sessionStorage.removeItem(storageKey);
      setOutcome(undefined);
    },
  };
}
