import { useEffect, useMemo, useState } from 'preact/hooks';
import { createI18n, I18nContext, isLanguage, type Language } from './i18n/index';
import { interceptLinks, match, navigate, usePath } from './router';
import { HomePage } from './pages/home';
import { RegisterPage } from './pages/register';
import { PressPage } from './pages/press';
import { DirectoryPage } from './pages/directory';
import { ManagePage } from './pages/manage';
import { MeetingsPage } from './pages/my-meetings';
import { AnswerPage } from './pages/answer';
import { DecisionPage } from './pages/decision';
import { PressStatusPage } from './pages/press-status';
import { Layout, Loading } from './components/layout';
import type { OrganiserPage } from './console/console-pages';

const defaultEvent = import.meta.env.VITE_DEFAULT_EVENT ?? 'techdays-casablanca-2019';

function preferredLanguage(): Language {
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2)).find(isLanguage);
  return preferred ?? 'fr';
}

/** The organisers' pages, loaded on first visit (their own chunk). */
function LazyOrganiserPage(props: { name: string; params: Record<string, string | undefined> }) {
  const [Page, setPage] = useState<typeof OrganiserPage>();
  useEffect(() => {
    import('./console/console-pages').then((module) => setPage(() => module.OrganiserPage));
  }, []);
  return Page ? <Page {...props} /> : <Loading />;
}

export function App() {
  const path = usePath();
  const route = match(path);
  const language: Language = isLanguage(route?.params.lang) ? route.params.lang : preferredLanguage();
  const i18n = useMemo(() => createI18n(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = i18n.dir;
  }, [language]);

  useEffect(() => {
    document.addEventListener('click', interceptLinks);
    return () => document.removeEventListener('click', interceptLinks);
  }, []);

  useEffect(() => {
    if (path === '/' || path === '') navigate(`/${preferredLanguage()}/events/${defaultEvent}`, { replace: true });
  }, [path]);

  const p = route?.params ?? {};
  const page = (() => {
    switch (route?.name) {
      case 'home': return <HomePage eventId={p.eventId!} />;
      case 'register': return <RegisterPage eventId={p.eventId!} />;
      case 'press': return <PressPage eventId={p.eventId!} />;
      case 'directory': return <DirectoryPage eventId={p.eventId!} />;
      case 'manage': return <ManagePage registrationId={p.registrationId!} />;
      case 'meetings': return <MeetingsPage registrationId={p.registrationId!} />;
      case 'answer': return <AnswerPage meetingRequestId={p.meetingRequestId!} />;
      case 'press-status': return <PressStatusPage accreditationId={p.accreditationId!} />;
      case 'decision': return <DecisionPage accreditationId={p.accreditationId!} />;
      case 'scan':
      case 'console':
      case 'console-press':
      case 'console-registrations':
      case 'console-registration':
      case 'console-emails':
      case 'console-schedule':
      case 'console-settings':
        return <LazyOrganiserPage name={route.name} params={p} />;
      default: return <Layout title={i18n.t('common.notFound')}>{null}</Layout>;
    }
  })();

  return <I18nContext.Provider value={i18n}>{page}</I18nContext.Provider>;
}
