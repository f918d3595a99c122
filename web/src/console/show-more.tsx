import { Notice } from '../components/layout';
import { focusAfterRender } from '../components/focus';
import { useI18n } from '../i18n/index';
import type { PagedList } from './paged-admin-data';

/**
 * "Show more" under a paged console list. The button keeps focus while pages remain (press again for
 * the next); after the last page it goes away, and focus moves to the list (`listId`, focusable), whose
 * caption gives the new count, rather than falling back to the top of the page.
 */
export function ShowMore({ list, listId }: { list: PagedList<unknown>; listId: string }) {
  const { t } = useI18n();
  if (!list.hasMore) return null;
  const showMore = async () => {
    if (!(await list.more())) focusAfterRender(listId);
  };
  return (
    <>
      {list.moreFailed ? <Notice kind="error"><p>{t('common.error')}</p></Notice> : null}
      <button type="button" id={`${listId}-more`} class="button button--secondary" aria-disabled={list.loadingMore ? 'true' : undefined} onClick={showMore}>{t('console.more')}</button>
    </>
  );
}
