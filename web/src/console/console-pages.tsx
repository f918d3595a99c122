import { ScanPage } from '../pages/scan';
import { DashboardPage } from '../pages/console/dashboard';
import { PressQueuePage } from '../pages/console/press-queue';
import { EmailsPage } from '../pages/console/emails';
import { RegistrationDetailPage } from '../pages/console/registration-detail';
import { RegistrationsPage } from '../pages/console/registrations';
import { SchedulePage } from '../pages/console/schedule';
import { SettingsPage } from '../pages/console/settings';

/**
 * The organisers' pages (console and door scanner), in their own chunk: attendees, who open the
 * other pages, never download them (docs/web.md, "Bundle").
 */
export function OrganiserPage({ name, params }: { name: string; params: Record<string, string | undefined> }) {
  const eventId = params.eventId!;
  switch (name) {
    case 'scan': return <ScanPage eventId={eventId} />;
    case 'console': return <DashboardPage eventId={eventId} />;
    case 'console-press': return <PressQueuePage eventId={eventId} />;
    case 'console-registrations': return <RegistrationsPage eventId={eventId} />;
    case 'console-registration': return <RegistrationDetailPage eventId={eventId} registrationId={params.registrationId!} />;
    case 'console-emails': return <EmailsPage eventId={eventId} />;
    case 'console-schedule': return <SchedulePage eventId={eventId} />;
    default: return <SettingsPage eventId={eventId} />;
  }
}
