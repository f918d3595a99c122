import { useEffect, useState } from 'preact/hooks';
import { focusNextHeading } from '../../components/heading-focus';
import { TextField } from '../../components/fields';
import { Notice } from '../../components/layout';
import { signIn } from '../../console/console-session';
import { useI18n } from '../../i18n/index';
import type { TextKey } from '../../i18n/web-catalogue';

/**
 * Sign-in with the organiser key: the key is exchanged for a session at once and the field is
 * cleared; nothing is stored by the browser (the field also asks password managers not to save it).
 */
export function SignInForm({ eventId }: { eventId: string }) {
  const { t, language } = useI18n();
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<TextKey>();
  // The form goes away once signed in (or when the page is left): the console's h1 takes the focus.
  useEffect(() => focusNextHeading, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    // Busy through aria-disabled, not disabled: a disabled button drops the focus to <body> (a refused key then left the
    // reader at the top of the page); a second submit meanwhile is ignored here.
    if (busy) return;
    setBusy(true);
    const outcome = await signIn(eventId, key).catch(() => ({ ok: false as const, status: 0 }));
    setBusy(false);
    // A door-staff key (`rvd_`, docs/organisers.md) is refused like a key of another event (403): said for what it is,
    // with the way to the page it opens (it read "This key belongs to another event").
    const doorStaffKey = key.trim().startsWith('rvd_');
    setKey('');
    if (!outcome.ok) setFailure(outcome.status === 401 ? 'console.signIn.wrongKey' : outcome.status === 403 ? (doorStaffKey ? 'console.signIn.doorStaffKey' : 'console.signIn.otherEvent') : 'common.error');
  };

  return (
    <form onSubmit={submit} class="sign-in">
      <p>{t('console.signIn.intro')}</p>
      {failure ? (
        <Notice kind="error">
          <p>{t(failure)}</p>
          {failure === 'console.signIn.doorStaffKey' ? <p><a href={`/${language}/events/${eventId}/console/scan`}>{t('console.signIn.toScanner')}</a></p> : null}
        </Notice>
      ) : null}
      <TextField id="organiser-key" type="password" autocomplete="off" required label={t('console.signIn.key')} hint={t('console.signIn.hint')} value={key} onValue={setKey} />
      <div class="actions">
        <button type="submit" class="button button--primary" aria-disabled={busy ? 'true' : undefined}>{t('console.signIn.submit')}</button>
      </div>
    </form>
  );
}
