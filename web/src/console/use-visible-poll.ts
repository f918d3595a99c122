import { useEffect, useState } from 'preact/hooks';

/**
 * A number that goes up every `intervalMs` while the page is visible, and at once when it becomes
 * visible again: pass it as `useAdminData`'s version to reload. A hidden tab asks nothing.
 */
export function useVisiblePoll(intervalMs: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const next = () => setTick((current) => current + 1);
    const timer = setInterval(() => document.visibilityState === 'visible' && next(), intervalMs);
    const onVisibility = () => document.visibilityState === 'visible' && next();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [intervalMs]);
  return tick;
}
