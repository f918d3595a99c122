import { useI18n } from '../i18n/index';

/** "Ask for a new registration link by email", to the event's lost-link page (`lostLinkHref`), when the page knows it. */
export function NewLinkByEmail({ href }: { href: string | undefined }) {
  const { t } = useI18n();
  return href ? <p><a href={href}>{t('common.newLinkByEmail')}</a></p> : null;
}
