import type { ComponentChildren } from 'preact';
import { Layout } from '../components/layout';
import { useI18n } from '../i18n/index';
import { usePath } from '../router';
import { SignInForm } from '../pages/console/sign-in';
import { signOut, useConsoleSession, type ConsoleSession } from './console-session';

const sections = [
  { path: '', label: 'console.nav.dashboard' },
  { path: '/registrations', label: 'console.nav.registrations' },
  { path: '/press', label: 'console.nav.press' },
  { path: '/emails', label: 'console.nav.emails' },
  { path: '/settings', label: 'console.nav.settings' },
  { path: '/schedule', label: 'console.nav.schedule' },
] as const;

interface ConsoleLayoutProps {
  eventId: string;
  title: string;
  children: (session: ConsoleSession) => ComponentChildren;
}

/** Every console page: the sign-in form until there is a session, then the console's navigation, sign-out and the page. */
export function ConsoleLayout({ eventId, title, children }: ConsoleLayoutProps) {
  const { t, language } = useI18n();
  const session = useConsoleSession(eventId);
  const path = usePath();
  const base = `/${language}/events/${eventId}/console`;
  if (!session) return <Layout title={t('console.signIn.title')}><SignInForm eventId={eventId} /></Layout>;

  const nav = (
    <ul>
      {sections.map((section) => (
        <li key={section.path}>
          <a href={base + section.path} aria-current={path === base + section.path ? 'page' : undefined}>{t(section.label)}</a>
        </li>
      ))}
      <li>
        <button type="button" class="link-button" onClick={() => void signOut()}>{t('console.signOut')}</button>
      </li>
    </ul>
  );
  return <Layout title={title} nav={nav}>{children(session)}</Layout>;
}
