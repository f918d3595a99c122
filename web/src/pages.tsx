import type { VNode } from 'preact';
import { lazy, type Lazy } from './lazy';
import type { Match } from './router';

/** A page module, loaded, as a function of the route's parameters. */
export type PageView = (route: Match) => VNode;

const organiserPages = lazy(() => import('./console/console-pages').then(({ OrganiserPage }) => (route: Match) => <OrganiserPage name={route.name} params={route.params} />));

/**
 * Every page in its own chunk, loaded when its route is opened: a reader downloads and evaluates
 * the code of the page she reads (plus the shared components), not of the app's other pages.
 * The organisers' pages (console and scanner) share one chunk (docs/web.md, "Loading").
 */
const pages: Readonly<Record<string, Lazy<PageView>>> = {
  home: lazy(() => import('./pages/home').then(({ HomePage }) => ({ params }: Match) => <HomePage eventId={params.eventId!} />)),
  register: lazy(() => import('./pages/register').then(({ RegisterPage }) => ({ params }: Match) => <RegisterPage eventId={params.eventId!} />)),
  'lost-link': lazy(() => import('./pages/lost-link').then(({ LostLinkPage }) => ({ params }: Match) => <LostLinkPage eventId={params.eventId!} />)),
  press: lazy(() => import('./pages/press').then(({ PressPage }) => ({ params }: Match) => <PressPage eventId={params.eventId!} />)),
  directory: lazy(() => import('./pages/directory').then(({ DirectoryPage }) => ({ params }: Match) => <DirectoryPage eventId={params.eventId!} />)),
  manage: lazy(() => import('./pages/manage').then(({ ManagePage }) => ({ params }: Match) => <ManagePage registrationId={params.registrationId!} />)),
  meetings: lazy(() => import('./pages/my-meetings').then(({ MeetingsPage }) => ({ params }: Match) => <MeetingsPage registrationId={params.registrationId!} />)),
  answer: lazy(() => import('./pages/answer').then(({ AnswerPage }) => ({ params }: Match) => <AnswerPage meetingRequestId={params.meetingRequestId!} />)),
  'press-status': lazy(() => import('./pages/press-status').then(({ PressStatusPage }) => ({ params }: Match) => <PressStatusPage accreditationId={params.accreditationId!} />)),
  decision: lazy(() => import('./pages/decision').then(({ DecisionPage }) => ({ params }: Match) => <DecisionPage accreditationId={params.accreditationId!} />)),
  scan: organiserPages,
  console: organiserPages,
  'console-press': organiserPages,
  'console-registrations': organiserPages,
  'console-registration': organiserPages,
  'console-emails': organiserPages,
  'console-schedule': organiserPages,
  'console-settings': organiserPages,
};

/** The page module of a route; undefined for an unknown path (the app shows "not found"). */
export const pageFor = (route: Match | undefined): Lazy<PageView> | undefined => (route ? pages[route.name] : undefined);
