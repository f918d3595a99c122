import { useEffect, useMemo } from 'preact/hooks';
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
import { ScanPage } from './pages/scan';
import { Layout } from './components/layout';
import { DashboardPage } from './pages/console/dashboard';
import { PressQueuePage } from './pages/console/press-queue';
import { EmailsPage } from './pages/console/emails';
import { RegistrationDetailPage } from './pages/console/registration-detail';
import { RegistrationsPage } from './pages/console/registrations';
import { SchedulePage } from './pages/console/schedule';
import { SettingsPage } from './pages/console/settings';

const defaultEvent = import.meta.env.VITE_DEFAULT_EVENT ?? 'techdays-casablanca-2019';

function preferredLanguage(): Language {
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2)).find(isLanguage);
  return preferred ?? 'fr';
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
      case 'decision': return <DecisionPage accreditationId={p.accreditationId!} />;
      case 'scan': return <ScanPage eventId={p.eventId!} />;
      case 'console': return <DashboardPage eventId={p.eventId!} />;
      case 'console-press': return <PressQueuePage eventId={p.eventId!} />;
      case 'console-registrations': return <RegistrationsPage eventId={p.eventId!} />;
      case 'console-registration': return <RegistrationDetailPage eventId={p.eventId!} registrationId={p.registrationId!} />;
      case 'console-emails': return <EmailsPage eventId={p.eventId!} />;
      case 'console-schedule': return <SchedulePage eventId={p.eventId!} />;
      case 'console-settings': return <SettingsPage eventId={p.eventId!} />;
      default: return <Layout title={i18n.t('common.notFound')}>{null}</Layout>;
    }
  })();

  return <I18nContext.Provider value={i18n}>{page}</I18nContext.Provider>;
}
