import { useState } from 'preact/hooks';
import type { Wording } from '../i18n';

/**
 * State holding a {@link Wording}: the setter stores the function itself (useState's setter would call a function
 * given to it as an update of the previous state).
 */
export function useWording(): [Wording | undefined, (wording: Wording | undefined) => void] {
  const [wording, setWording] = useState<Wording>();
  return [wording, (next) => setWording(() => next)];
}
