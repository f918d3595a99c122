/** A value built on first call and kept (an Intl object, say: costly to build, often never needed). */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
