import { webPagePaths } from '../../../shared/web/page-links';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { languageCodes, useI18n } from '../i18n/index';
import { defaultHome, inLanguage } from '../router';
import { currentSession } from '../session/token';
import { loadingEnded, loadingStarted, markReadyUnlessLoading } from './ready-marker';
import { takeHeadingFocus } from './heading-focus';
import { FORM_FAILURE } from './focus';
import { mayUseDirectory } from './registration-status';
import { useEvent } from './use-event';
import type { Problem } from '../api/client';
import { problemText } from '../failures/problem-text';

interface LayoutProps {
  title: string;
  eventId?: string | undefined;
  /** Navigation of another area (the organiser console) in place of the event's attendee links. */
  nav?: ComponentChildren;
  /**
   * The page says the tab's link was refused (expired, not valid): the links its session would open
   * (my registration, my meetings, participants) would only be refused again, so they are left out.
   */
  linkRefused?: boolean;
  children: ComponentChildren;
}

/**
 * Every page: skip link, header with the event's navigation and the language switcher, one <main>
 * with the page's h1. The document title follows the page, and focus moves to the h1 on
 * navigation so screen-reader and keyboard users start at the new content.
 */
export function Layout({ title, eventId, nav, linkRefused = false, children }: LayoutProps) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const heading = useRef<HTMLHeadingElement>(null);
  const session = linkRefused ? undefined : currentSession();
  // Loaded once per page load and shared (use-event.ts): registration closed, no link to its form.
  const { event } = useEvent(eventId);
  // A digest link's token opens the directory only: linking its holder to pages it cannot open would end in "open the link in your email".
  const registrationPages = session !== undefined && session.scope === undefined;

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
    const focusWasOnPage = document.activeElement && document.activeElement !== document.body;
    // A notice the page focused (what an action did, its control gone: focusAfterRender) keeps the focus.
    const focusOnOutcome = document.activeElement?.matches('main .notice') ?? false;
    if ((takeHeadingFocus() || focusWasOnPage) && !focusOnOutcome) heading.current?.focus();
  }, [title]);
  // No dependency list: after every render, once the Loading indicators of this render are gone.
  useEffect(markReadyUnlessLoading);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="site-header">
        <nav aria-label={t('app.name')} class="site-nav">
          {nav ?? (eventId ? (
            <ul>
              <li><a href={`/${language}/events/${eventId}`}>{t('nav.home')}</a></li>
              {event?.registrationOpen === false ? null : <li><a href={`/${language}/events/${eventId}/register`}>{t('nav.register')}</a></li>}
              <li><a href={`/${language}/events/${eventId}/press`}>{t('nav.press')}</a></li>
              {registrationPages ? <li><a href={webPagePaths.manage(language, session.registrationId, eventId)}>{t('nav.myRegistration')}</a></li> : null}
              {registrationPages ? <li><a href={webPagePaths.myMeetings(language, session.registrationId, eventId)}>{t('nav.meetings')}</a></li> : null}
              {session && mayUseDirectory(session.registrationId) ? <li><a href={`/${language}/events/${eventId}/participants`}>{t('nav.directory')}</a></li> : null}
            </ul>
          ) : null)}
        </nav>
        <nav aria-label={t('nav.language')} class="language-switcher">
          <ul>
            {languageCodes.map((code) => (
              <li key={code}>
                <a
                  href={inLanguage(location.pathname, code) + location.search}
                  lang={code}
                  hreflang={code}
                  aria-current={code === language ? 'true' : undefined}
                >
                  {t(`language.${code}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </>
  );
}

export function Loading() {
  const { t } = useI18n();
  useEffect(() => {
    loadingStarted();
    return loadingEnded;
  }, []);
  return <p role="status">{t('common.loading')}</p>;
}

export function Notice({ kind, id, children }: { kind: 'success' | 'error' | 'info'; id?: string; children: ComponentChildren }) {
  // With an id, a page can move focus here (focusAfterRender) when the control that had it went away.
  return (
    <div class={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'} id={id} tabIndex={id ? -1 : undefined}>
      {children}
    </div>
  );
}

/** The generic "something went wrong" notice of a page whose data could not be read. */
export function ErrorNotice() {
  const { t } = useI18n();
  return <Notice kind="error">{t('common.error')}</Notice>;
}

/**
 * A form's refusal that names no field, where `focusFirstError` finds it (components/focus.ts); nothing without one.
 * Worded here, at display, so that it follows the language switcher as the field errors do.
 */
export function FormFailure({ problem, children }: { problem: Problem | undefined; children?: ComponentChildren }) {
  const i18n = useI18n();
  return problem ? <Notice kind="error" id={FORM_FAILURE}><p>{problemText(i18n, problem)}</p>{children}</Notice> : null;
}

/**
 * The page's data could not be read: the network or the server failed, not the address. Says so
 * (never "does not exist") with a retry; `onRetry` asks again, the button keeps focus meanwhile.
 */
export function Unavailable({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Layout title={t('common.unavailable')}>
      <p>{t('common.unavailable.detail')}</p>
      <RetryButton onRetry={onRetry} />
    </Layout>
  );
}

/** What could not be read: a list of a page (the rest of it could), or the page's main content. */
const unavailableHeadline = { list: 'common.unavailableList', page: 'common.unavailable', refresh: 'common.notRefreshed', booked: 'console.schedule.bookedUnread' } as const;

/** The same inside a page whose frame could be shown: a list, the page's content, or its refresh (the last figures stay). */
export function UnavailableNotice({ onRetry, what = 'list' }: { onRetry: () => void; what?: keyof typeof unavailableHeadline }) {
  const { t } = useI18n();
  return (
    <Notice kind="error">
      <p><strong>{t(unavailableHeadline[what])}</strong> {t('common.unavailable.detail')}</p>
      <RetryButton onRetry={onRetry} />
    </Notice>
  );
}

function RetryButton({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div class="actions">
      <button type="button" class="button button--primary" onClick={onRetry}>{t('common.retry')}</button>
    </div>
  );
}

/**
 * A path no page answers, or an event that does not exist: said in the path's language (app.tsx),
 * with the way to the default event's home page, where every page of the event is linked.
 */
export function NotFound() {
  const { t, language } = useI18n();
  return (
    <Layout title={t('common.notFound')}>
      <p><a href={defaultHome(language)}>{t('common.notFound.home')}</a></p>
    </Layout>
  );
}
