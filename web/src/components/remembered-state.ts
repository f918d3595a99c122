import { useEffect, useState } from 'preact/hooks';

/**
 * A page's state kept in its own history entry (`history.state`, never the address): the Back button,
 * which mounts the page again, brings it back. The directory's search and the console's registration
 * filters were lost on the way back from a card's page or a registration's detail, so the reader typed
 * them again. Not in the address, so a searched name stays out of the browser's history list and of a
 * copied link; a new visit (a link, the language switcher: a new entry) starts empty.
 */
export function useRememberedState<T>(key: string, initial: T) {
  const state = useState<T>(() => {
    const remembered = (history.state as Record<string, unknown> | null)?.[key];
    return remembered === undefined ? initial : (remembered as T);
  });
  const [value] = state;
  useEffect(() => {
    history.replaceState({ ...((history.state as Record<string, unknown> | null) ?? {}), [key]: value }, '');
  }, [value]);
  return state;
}
