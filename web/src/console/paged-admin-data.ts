import { useEffect, useRef, useState } from 'preact/hooks';
import { useAdminData, type AdminOutcome, type LoadedOutcome } from './admin-call';
import type { ConsoleSession } from './console-session';
import { latestCopies } from './latest-copies';

/** A list route's answer: one page of items, and the cursor of the next page when there is one. */
export interface ListPage<T> {
  items: T[];
  nextCursor?: string;
}

export interface PagedList<T> {
  /** The first page's outcome (undefined while it loads): its status tells a refusal from an empty list. */
  first?: LoadedOutcome<ListPage<T>>;
  /** Every item loaded so far, each once: the first page's, then those "Show more" added. */
  items: T[];
  /** Another page exists. */
  hasMore: boolean;
  loadingMore: boolean;
  /** The last "Show more" failed (the button stays, to try again). */
  moreFailed: boolean;
  /** Loads and appends the next page; resolves to whether yet another one exists. */
  more: () => Promise<boolean>;
}

/**
 * A console list read a page at a time: the first page once per `session` and `version` (as
 * `useAdminData`), the next ones on demand, appended. A new `version` (other filters) starts again
 * from the first page, and a page asked for under the old filters is dropped. An event's
 * registrations or emails run into the hundreds: organisers page through them. `keyOf` names an item,
 * so that one that changed status between two pages is shown once ({@link latestCopies}).
 */
export function usePagedAdminData<T>(
  session: ConsoleSession,
  loadPage: (session: ConsoleSession, cursor?: string) => Promise<AdminOutcome<ListPage<T>>>,
  keyOf: (item: T) => string,
  version: number | string = 0,
): PagedList<T> {
  const first = useAdminData(session, (current) => loadPage(current), version);
  const [later, setLater] = useState<ListPage<T>>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const firstNow = useRef(first);
  firstNow.current = first;
  useEffect(() => {
    setLater(undefined);
    setMoreFailed(false);
  }, [first]);

  const nextCursor = later ? later.nextCursor : first?.data?.nextCursor;
  const more = async () => {
    if (!nextCursor || loadingMore) return nextCursor !== undefined;
    const askedUnder = first;
    setLoadingMore(true);
    const page = await loadPage(session, nextCursor).catch(() => undefined);
    setLoadingMore(false);
    if (firstNow.current !== askedUnder) return true;
    setMoreFailed(!page?.data);
    if (!page?.data) return true;
    setLater({ items: [...(later?.items ?? []), ...page.data.items], nextCursor: page.data.nextCursor });
    return page.data.nextCursor !== undefined;
  };
  return { first, items: latestCopies([...(first?.data?.items ?? []), ...(later?.items ?? [])], keyOf), hasMore: nextCursor !== undefined, loadingMore, moreFailed, more };
}
