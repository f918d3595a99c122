import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded on first need (a dynamic import), then read synchronously: the app awaits the
 * page's and the language's modules before its first render (main.tsx), and later navigations
 * render from {@link useLoaded} once theirs have arrived.
 */
export interface Lazy<T> {
  load(): Promise<T>;
  /** The value once loaded, else undefined. */
  peek(): T | undefined;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () => {
      // A failed load (network) is retried on next need rather than cached.
      loading ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    peek: () => value,
  };
}

/** The loaded value (undefined while loading), `failed` when the load was rejected. */
export function useLoaded<T>(module: Lazy<T> | undefined): { value: T | undefined; failed: boolean } {
  const [, setSettled] = useState(0);
  const [failed, setFailed] = useState<Lazy<T>>();
  const value = module?.peek();
  useEffect(() => {
    if (!module || module.peek() !== undefined) return;
    module.load().then(
      () => setSettled((count) => count + 1),
      () => setFailed(() => module),
    );
  }, [module]);
  return { value, failed: module !== undefined && failed === module };
}
