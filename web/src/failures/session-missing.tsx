import { Notice } from '../components/layout';
import { useI18n } from '../i18n/index';
import { NewLinkByEmail } from './new-link-by-email';

/**
 * A registration page opened in a tab without its session (a bookmark, a mail client that dropped the
 * link's fragment): open the email's link, or ask for a new one when the page knows its event.
 */
export function SessionMissing({ lostLink }: { lostLink: string | undefined }) {
  const { t } = useI18n();
  return (
    <Notice kind="info">
      <p>{t('common.sessionMissing')}</p>
      <NewLinkByEmail href={lostLink} />
    </Notice>
  );
}
