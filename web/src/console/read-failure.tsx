import { Notice, UnavailableNotice } from '../components/layout';
import { useI18n } from '../i18n/index';
import type { TextKey } from '../i18n/web-catalogue';
import { couldNotLoad, type LoadedOutcome } from './admin-call';

/**
 * A console page's read that failed: "This page could not be loaded" with Try again where asking again
 * can work (no answer, 5xx), else the refusal in words (`refused`, e.g. a 404's "no such registration").
 */
export function ReadFailure({ outcome, refused = {} }: { outcome: LoadedOutcome<unknown>; refused?: Partial<Record<number, TextKey>> }) {
  const { t } = useI18n();
  if (couldNotLoad(outcome)) return <UnavailableNotice what="page" onRetry={outcome.retry} />;
  return <Notice kind="error"><p>{t(refused[outcome.status] ?? 'common.error')}</p></Notice>;
}
